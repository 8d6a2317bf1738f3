// Serves the built renderer (out/renderer) on 127.0.0.1, as the browser build is used.
import { spawn } from 'node:child_process';

/** Starts `vite preview` on the port; the caller owns the returned child process. */
export function startPreviewServer(port, stdio = 'inherit') {
  const args = ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1'];
  return spawn('npx', [...args, '--port', String(port), '--strictPort'], { stdio });
}
