import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import packageJson from './package.json';

/**
 * The strict CSP in renderer/index.html forbids the inline preamble and websocket that
 * hot reload needs. Only the dev server (never a build) relaxes it.
 */
function devOnlyCspRelaxation(): Plugin {
  return {
    name: 'shortlist-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // Relative asset URLs so the same build runs from app://shortlist/ and from a plain web server.
    base: './',
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
    plugins: [react(), devOnlyCspRelaxation()],
    build: {
      // Overridable so parallel local E2E runs can each build their own copy.
      outDir: process.env.SHORTLIST_RENDERER_OUT ?? 'out/renderer',
      minify: true,
      // One bundle read from local disk: splitting would save nothing at startup.
      chunkSizeWarningLimit: 800,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
