#!/usr/bin/env node
// `npm run dist` (installers for this platform) and `npm run dist:dir` (`--dir`: the
// unpacked app only). Electron must be there first, exactly as for `npm start`: without
// it this ends at once with the cause and the fixes instead of electron-builder's own
// download failing deep in a stack trace. electron-builder then packs the Electron
// already in node_modules/electron/dist, so nothing is downloaded twice. Any other
// arguments go to electron-builder (`npm run dist -- --linux deb`); one that sets
// `electronDist` itself replaces the check.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildApp, ensureElectron, exitWith, root } from './electron-binary.mjs';

const HEADLINE = 'Shortlist cannot be packaged';
const args = process.argv.slice(2);
const ownElectron = args.some((arg) => /^(?:--config|-c)\.electronDist(?:=|$)/.test(arg));

const builderArgs = [...args];
if (!ownElectron) {
  const { distDir } = ensureElectron('dist');
  if (!distDir) {
    exitWith([
      `${HEADLINE}: ELECTRON_EXEC_PATH names one executable, but electron-builder needs the`,
      'whole unpacked Electron folder. Pass it with  npm run dist -- --config.electronDist=DIR',
    ]);
  }
  builderArgs.push(`--config.electronDist=${distDir}`);
}
buildApp(HEADLINE);

const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
const result = spawnSync(process.execPath, [cli, ...builderArgs], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  exitWith(['', `${HEADLINE}: electron-builder failed (see the errors above).`]);
}
