#!/usr/bin/env node
// `npm start`: make sure the Electron binary is there, build with electron-vite, then
// run the app. `npm run dev` (`--dev`) runs electron-vite's hot-reload dev server instead.
// electron@45 fetches its binary lazily (from GitHub) the first time
// `require('electron')` runs, so this script never requires it: it reads the package's
// path.txt and looks in dist/ itself, and when the binary is missing runs the package's
// own install.js in a child process, with a time limit, so a blocked download ends in a
// short message instead of a hang or a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIMEOUT_MS = 120_000;
const MIRROR_EXAMPLE = 'https://npmmirror.com/mirrors/electron/';

/** Ends the script with a message and no stack trace. */
function exitWith(lines, code = 1) {
  console.error(lines.join('\n'));
  process.exit(code);
}

/** The installed electron package's folder, or null when `npm install` has not run. */
function electronPackageDir() {
  try {
    // Resolving package.json reads no code: electron's index.js (which downloads) never runs.
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable when present, honouring the same overrides as electron itself. */
function findElectronBinary(packageDir) {
  const explicit = process.env.ELECTRON_EXEC_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** The last meaningful line of a failed download's output (not a stack frame). */
function lastLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^at\s/.test(line));
  return lines.at(-1) ?? 'no output';
}

/**
 * Runs electron's install.js (it honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, proxies
 * and the download cache). Its output is captured; only the cause is reported.
 */
function downloadElectron(packageDir) {
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error?.code === 'ETIMEDOUT') {
    return `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  }
  if (result.error) return result.error.message;
  if (result.status !== 0) return lastLine(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  return null;
}

function ensureElectronBinary() {
  const packageDir = electronPackageDir();
  if (!packageDir) {
    exitWith([
      'Shortlist cannot start: the electron package is not installed.',
      'Fix: run `npm install`, then `npm start`.',
    ]);
  }
  const present = findElectronBinary(packageDir);
  if (present) return present;

  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  console.log(
    `The Electron ${version} binary is not installed yet; downloading it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`,
  );
  const failure = downloadElectron(packageDir);
  const downloaded = failure ? null : findElectronBinary(packageDir);
  if (downloaded) return downloaded;
  const source =
    process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'GitHub (github.com)';
  exitWith([
    '',
    'Shortlist cannot start: the Electron binary is not installed and could not be downloaded.',
    `  source: ${source}`,
    `  cause:  ${failure ?? 'the download ended but left no binary in node_modules/electron/dist'}`,
    '',
    'Fix it in one of these ways:',
    '  - Download Electron from a mirror you can reach, then start again:',
    `      ELECTRON_MIRROR=${MIRROR_EXAMPLE} npm start`,
    `    (or put electron_mirror=${MIRROR_EXAMPLE} in your .npmrc and run \`npm start\` again)`,
    '  - Or use Shortlist in your browser, no Electron needed:  npm run start:browser',
  ]);
}

function build() {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    exitWith(['', 'Shortlist cannot start: the build failed (see the errors above).']);
  }
}

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
    exitWith([`Shortlist cannot start: Electron could not be launched (${error.message}).`]);
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
const binary = ensureElectronBinary();
if (devMode) {
  runDevServer();
} else {
  build();
  launch(binary);
}
