// Serves the built renderer (out/renderer) on 127.0.0.1, as the browser build is used.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Starts `vite preview` on the port; the caller owns the returned child process. Vite
 * runs directly under node (not through npx), so killing the child stops the server.
 */
export function startPreviewServer(port, stdio = 'inherit') {
  const outDir = process.env.SHORTLIST_RENDERER_OUT ?? 'out/renderer';
  const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1'];
  return spawn(process.execPath, [viteBin, ...args, '--port', String(port), '--strictPort'], {
    stdio,
  });
}

/** Resolves once the server at `url` answers (polling for up to 10 s), else throws. */
export async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The preview server did not start at ${url}`);
}
