// Screenshot of Compare roles for the README: three sample roles picked in the Roles
// table and set side by side. A fresh page (so a fresh database) per colour scheme;
// called by screenshots.mjs, or alone: `node scripts/screenshots-compare.mjs [outDir]`.
import { pathToFileURL } from 'node:url';

const PICKED = [
  'Engineering Manager, LXD',
  'Linux Server Software Engineering Manager',
  'Engineering Manager - MLOps & Analytics',
];

/** Writes `compare-<scheme>.png`: the comparison of three sample roles. */
export async function compareShot(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.goto(base);
  for (const title of PICKED) {
    await page.getByRole('checkbox', { name: `Select ${title} to compare` }).check();
  }
  await page.getByRole('button', { name: 'Compare (3)' }).click();
  await page.getByRole('table', { name: 'Comparison' }).waitFor();
  await page.screenshot({ path: `${outDir}/compare-${scheme}.png` });
  await page.close();
}

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(invoked).href) {
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
    for (const scheme of ['light', 'dark']) await compareShot(browser, base, outDir, scheme);
    await browser.close();
  } finally {
    server.kill();
  }
}
