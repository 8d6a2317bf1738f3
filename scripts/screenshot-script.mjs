/**
 * The stand-alone run of a screenshots-*.mjs module: when that module is the script
 * node was started with, serve the built renderer, open Debian's Chromium and call its
 * `shoot(browser, base, outDir, scheme)` for the light and the dark scheme.
 * `node scripts/screenshots-X.mjs [outDir]`; the port is SHORTLIST_SCREENSHOT_PORT.
 */
import { pathToFileURL } from 'node:url';

export async function runIfInvoked(moduleUrl, shoot) {
  const invoked = process.argv[1];
  if (invoked === undefined || moduleUrl !== pathToFileURL(invoked).href) return;
  const { chromium } = await import('@playwright/test');
  const { startPreviewServer, waitForServer } = await import('./preview-server.mjs');
  const outDir = process.argv[2] ?? '.github/screenshots';
  const port = Number(process.env.SHORTLIST_SCREENSHOT_PORT ?? 4399);
  const server = startPreviewServer(port, 'ignore');
  try {
    const base = `http://127.0.0.1:${String(port)}/`;
    await waitForServer(base);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    for (const scheme of ['light', 'dark']) await shoot(browser, base, outDir, scheme);
    await browser.close();
  } finally {
    server.kill();
  }
}
