#!/usr/bin/env node
// `npm start`: make sure the Electron binary is there (electron-binary.mjs downloads it or
// explains why it cannot), build with electron-vite, then run the app. `npm run dev`
// (`--dev`) runs electron-vite's hot-reload dev server instead.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildApp, ensureElectron, exitWith, root } from './electron-binary.mjs';

const HEADLINE = 'Shortlist cannot start';

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and not open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const args = ['.', ...process.argv.slice(2)];
  // Chromium refuses to run as root with its sandbox; allow opting out explicitly.
  if (process.env.NO_SANDBOX === '1') args.push('--no-sandbox');
  // '.' runs package.json's "main" (out/main/index.js) under the package's own name, so
  // the data folder is the app's (a bare file path would run under the name "Electron").
  const child = spawn(binary, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    exitWith([`${HEADLINE}: Electron could not be launched (${error.message}).`]);
  });
  child.on('close', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/** `npm run dev`: electron-vite's dev server with hot reload, once Electron is present. */
function runDevServer() {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [bin, 'dev'], { cwd: root, stdio: 'inherit' });
  child.on('close', (code) => process.exit(code ?? 0));
}

const devMode = process.argv[2] === '--dev';
const { binary } = ensureElectron('start');
if (devMode) {
  runDevServer();
} else {
  buildApp(HEADLINE);
  launch(binary);
}
