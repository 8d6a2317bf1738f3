#!/usr/bin/env node
// Takes the README's screenshots of the browser build (run `npm run build` first) in
// Debian's Chromium, in light and dark: `node scripts/screenshots.mjs [outDir]`.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startPreviewServer, waitForServer } from './preview-server.mjs';
import { reviewSectionShots, upgradeOfferShot } from './screenshots-review.mjs';
import { noteConflictShot } from './screenshots-windows.mjs';
import { storiesShots } from './screenshots-stories.mjs';
import { compareShot } from './screenshots-compare.mjs';
import { boardShots } from './screenshots-board.mjs';
import { contactsShots } from './screenshots-contacts.mjs';
import { remindersShots } from './screenshots-reminders.mjs';
import { insightsShots } from './screenshots-insights.mjs';
import { moneyDatesShots } from './screenshots-money-dates.mjs';

const outDir = process.argv[2] ?? '.github/screenshots';
// Overridable so parallel runs (several builds on one machine) do not share a port.
const port = Number(process.env.SHORTLIST_SCREENSHOT_PORT ?? 4399);
// A real posting (Markdown, as copied from a job board) for the review-step shot.
const posting = readFileSync(
  new URL('../test/fixtures/postings/geico-engineer-ii.md', import.meta.url),
  'utf8',
);
mkdirSync(outDir, { recursive: true });

const server = startPreviewServer(port, 'ignore');
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('table', { name: 'Roles' }).waitFor();
    await page.screenshot({ path: `${outDir}/roles-${scheme}.png` });
    await page.getByRole('link', { name: 'Engineering Director, Landscape' }).click();
    await page.getByRole('checkbox').nth(1).check();
    await page.getByRole('checkbox').nth(4).check();
    await page.screenshot({ path: `${outDir}/role-${scheme}.png` });
    await page.getByRole('tab', { name: 'Posting' }).click();
    await page.screenshot({ path: `${outDir}/posting-${scheme}.png` });
    await page.getByRole('button', { name: 'Export' }).click();
    await page.screenshot({ path: `${outDir}/export-menu-${scheme}.png` });
    await page.keyboard.press('Escape');

    // Adding a role: paste a posting, then the review step.
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: 'New role' }).first().click();
    await page.getByLabel('Posting text').fill(posting);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Review the new role' }).waitFor();
    await page.screenshot({ path: `${outDir}/new-role-review-${scheme}.png` });
    // A pasted posting counts as work, so closing asks first.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('heading', { name: 'Review the new role' }).waitFor({ state: 'hidden' });

    const base = `http://127.0.0.1:${port}/`;
    await reviewSectionShots(page, base, outDir, scheme);
    await page.getByRole('button', { name: 'Backup & restore' }).click();
    await page.getByRole('heading', { name: 'Backup & restore' }).waitFor();
    await page.screenshot({ path: `${outDir}/backup-${scheme}.png` });
    await page.keyboard.press('Escape');
    // Last: it changes the LXD sample's checklist.
    await upgradeOfferShot(page, base, outDir, scheme);
    await noteConflictShot(browser, base, outDir, scheme);
    await storiesShots(browser, base, outDir, scheme);
    await compareShot(browser, base, outDir, scheme);
    await boardShots(browser, base, outDir, scheme);
    await contactsShots(browser, base, outDir, scheme);
    await remindersShots(browser, base, outDir, scheme);
    await insightsShots(browser, base, outDir, scheme);
    await moneyDatesShots(browser, base, outDir, scheme);
    await page.close();
  }
  await browser.close();
  console.log(`Screenshots written to ${outDir}/`);
} finally {
  server.kill();
}
