#!/usr/bin/env node
// Screenshots of every screen at three window sizes, light and dark, so narrow layouts
// are looked at (issue 14): `node scripts/screenshots-sizes.mjs [outDir]` after a build.
// SHORTLIST_SCREENSHOT_ONLY=roles,agenda and SHORTLIST_SCREENSHOT_SIZES=800x600 narrow a run.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startPreviewServer, waitForServer } from './preview-server.mjs';

const outDir = process.argv[2] ?? '.github/screenshots';
const port = Number(process.env.SHORTLIST_SCREENSHOT_PORT ?? 4398);
const base = `http://127.0.0.1:${port}/`;
const SIZES = (process.env.SHORTLIST_SCREENSHOT_SIZES ?? '800x600,1024x700,1280x800')
  .split(',')
  .map((size) => size.split('x').map(Number));
// The sample role with interviews and notes, so every tab has something in it.
const ROLE = 'Engineering Manager, LXD';

async function openRoleTab(page, tab) {
  await page.goto(base);
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tabpanel').waitFor();
}

/** Each shot: its file-name stem and how to get there from a fresh page. */
const SHOTS = {
  roles: async (page) => {
    await page.goto(base);
    await page.getByRole('table', { name: 'Roles' }).waitFor();
  },
  checklist: (page) => openRoleTab(page, 'Checklist'),
  // Each page is a fresh database: give the Interviews and Notes tabs something to show.
  interviews: async (page) => {
    await openRoleTab(page, 'Interviews');
    await page.getByRole('button', { name: 'Create from template…' }).click();
    await page.getByRole('button', { name: 'Create 5 stages' }).click();
    await page.getByRole('list', { name: 'Interview stages' }).waitFor();
  },
  notes: async (page) => {
    await openRoleTab(page, 'Notes');
    await page.getByRole('button', { name: 'New note' }).first().click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Questions to ask');
    await page
      .getByRole('textbox', { name: 'Note text (Markdown)', exact: true })
      .fill('- How is the LXD team split across time zones?\n- What does success look like?');
    await page.locator('.note-save-status', { hasText: /^Saved$/ }).waitFor();
  },
  // A next action due tomorrow, so the Agenda has a day in it.
  agenda: async (page) => {
    await openRoleTab(page, 'Checklist');
    await page.getByRole('button', { name: /^Details/ }).click();
    await page.getByLabel('Next action', { exact: true }).fill('Send the written answers');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Next action due').fill(tomorrow);
    await page.getByLabel('Next action due').blur();
    await page.goto(`${base}#/agenda`);
    await page.getByText('Send the written answers').first().waitFor();
  },
  backup: async (page) => {
    await page.goto(base);
    await page.getByRole('table', { name: 'Roles' }).waitFor();
    await page.getByRole('button', { name: 'Backup & restore' }).click();
    await page.getByRole('heading', { name: 'Backup & restore' }).waitFor();
  },
};
const only = process.env.SHORTLIST_SCREENSHOT_ONLY?.split(',');
const shots = Object.entries(SHOTS).filter(([name]) => !only || only.includes(name));

mkdirSync(outDir, { recursive: true });
const server = startPreviewServer(port, 'ignore');
try {
  await waitForServer(base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      for (const [name, open] of shots) {
        await open(page);
        await page.screenshot({ path: `${outDir}/${name}-${width}-${scheme}.png` });
      }
      await page.close();
    }
  }
  await browser.close();
  console.log(`Screenshots written to ${outDir}/`);
} finally {
  server.kill();
}
