import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import packageJson from './package.json';
import {
  CSP_DIRECTIVES,
  DEV_CSP_DIRECTIVES,
  serializeCsp,
  withContentSecurityPolicy,
} from './shared/security/content-security-policy';

/**
 * Writes the Content Security Policy into index.html from its one source (the app://
 * protocol sends the same policy as a header). The dev server gets the relaxed policy
 * hot reload needs; a build always gets the strict one.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'shortlist-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const directives = context.server ? DEV_CSP_DIRECTIVES : CSP_DIRECTIVES;
        return withContentSecurityPolicy(html, serializeCsp(directives));
      },
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
    resolve: {
      // micromark's browser build decodes `&amp;`-style references by writing them to an
      // element's innerHTML, which Trusted Types refuse; its plain build looks them up in
      // a table instead (same results, no HTML sink, so no policy is needed).
      alias: [
        {
          find: /^decode-named-character-reference$/,
          replacement: resolve('node_modules/decode-named-character-reference/index.js'),
        },
      ],
    },
    plugins: [react(), contentSecurityPolicy()],
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
