// Pay ranges, closing dates and archived roles, at 1280×800 and 900×650: the Roles table
// with its Pay and Closes columns and an archived role shown, the More filters panel, and
// a role's details with its pay range and closing date.
// Alone: `SHORTLIST_RENDERER_OUT=… node scripts/screenshots-money-dates.mjs [outDir]`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** "YYYY-MM-DD", `days` from today. */
function dayFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function fillPay(page, base, title, { min, max, currency, period, closesIn }) {
  await page.goto(base);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Details' }).click();
  for (const [label, value] of [
    ['Minimum pay', min],
    ['Maximum pay', max],
    ['Currency', currency],
  ]) {
    if (value === undefined) continue;
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  }
  if (period) await page.getByLabel('Paid per').selectOption(period);
  if (closesIn !== undefined) {
    await page.getByLabel('Posting closes').fill(dayFromToday(closesIn));
  }
  await page.getByRole('definition').filter({ hasText: '/' }).first().waitFor();
}

/** Writes money-dates-*-<scheme>.png into `outDir`. */
export async function moneyDatesShots(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  await fillPay(page, base, 'Engineering Manager, HPC', {
    min: '7000',
    max: '8500',
    period: 'month',
    closesIn: 20,
  });
  await fillPay(page, base, 'Engineering Manager, LXD', { min: '80k', max: '95k', closesIn: 3 });
  await page.getByRole('heading', { name: 'Engineering Manager, LXD' }).click();
  await page.screenshot({ path: `${outDir}/money-dates-role-${scheme}.png` });
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: `${outDir}/money-dates-role-900-${scheme}.png` });

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(base);
  const table = page.getByRole('table', { name: 'Roles' });
  await table.getByRole('button', { name: 'Archive Engineering Director, Landscape' }).click();
  await page.getByRole('button', { name: 'Show archived (1)' }).click();
  await table.getByText('Archived', { exact: true }).waitFor();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${outDir}/money-dates-roles-${scheme}.png` });
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: `${outDir}/money-dates-roles-900-${scheme}.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByText('More filters').click();
  await page.getByLabel('Pays at least (a year)').fill('90k');
  await page.screenshot({ path: `${outDir}/money-dates-filters-${scheme}.png` });
  await page.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const { startPreviewServer, waitForServer } = await import('./preview-server.mjs');
  const outDir = process.argv[2] ?? '.github/screenshots';
  const port = Number(process.env.SHORTLIST_SCREENSHOT_PORT ?? 4399);
  mkdirSync(outDir, { recursive: true });
  const server = startPreviewServer(port, 'ignore');
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    for (const scheme of ['light', 'dark']) {
      await moneyDatesShots(browser, `http://127.0.0.1:${port}/`, outDir, scheme);
    }
    await browser.close();
  } finally {
    server.kill();
  }
}
