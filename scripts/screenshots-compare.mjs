// Screenshot of Compare roles for the README: three sample roles picked in the Roles
// table and set side by side. A fresh page (so a fresh database) per colour scheme;
// called by screenshots.mjs, or alone: `node scripts/screenshots-compare.mjs [outDir]`.
import { runIfInvoked } from './screenshot-script.mjs';

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

await runIfInvoked(import.meta.url, compareShot);
