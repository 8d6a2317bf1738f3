#!/usr/bin/env node
// `npm run start:browser`: build the renderer and serve it on 127.0.0.1, for using
// Shortlist in a browser where Electron is unavailable. Data lives in that browser's
// IndexedDB for this address, so keep using the same port.
import { spawnSync } from 'node:child_process';
import { startPreviewServer } from './preview-server.mjs';

const port = process.env.SHORTLIST_PORT ?? '5174';
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Shortlist: the build failed (see above).');
  process.exit(build.status ?? 1);
}
console.log(`\nShortlist is at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
const server = startPreviewServer(port);
server.on('exit', (code) => process.exit(code ?? 0));
