#!/usr/bin/env node
// Measures the browser build with 5,000 roles and 100,000 notes in Debian's Chromium and
// prints the figures against PRODUCT.md's targets. It informs, never asserts: it exits 0
// unless the harness itself fails. Run `npm run build` first, then `npm run bench:app`
// (port: SHORTLIST_BENCH_PORT or `--port N`, default 4440; build folder:
// SHORTLIST_RENDERER_OUT, default out/renderer; `--runs N` runs per measure, default 10;
// `--samples` also prints every run; SHORTLIST_BENCH_ONLY=search stops after the search
// figures; SHORTLIST_BENCH_ONLY=export measures only Export all and Back up, with floors;
// SHORTLIST_BENCH_ONLY=board only the Board's steps; SHORTLIST_BENCH_ONLY=asks only Compare
// and Also asked by; SHORTLIST_BENCH_ONLY=first-screen only the
// first screen against the blank electron-vite React template, which is served on port + 1).
/* global window, indexedDB */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startPreviewServer, waitForServer } from './preview-server.mjs';
import {
  COMPANIES,
  NOTE_WORDS,
  NOTES_PER_ROLE,
  ROLE_COUNT,
  companyRoleCount,
  noteWordRoleCount,
  seedDatabase,
} from './bench-app-data.mjs';
import {
  backToRoles,
  filterStatus,
  installHelpers,
  openNotesTab,
  openRole,
  search,
} from './bench-app-steps.mjs';
import { searchPalette, waitForSearchIndex } from './bench-app-search.mjs';
import { measureExportAndBackup, printFloorTable, waitForQuiet } from './bench-app-export.mjs';
import { measureFirstScreen, printFirstScreen } from './bench-app-first-screen.mjs';
import { measureBoard } from './bench-app-board.mjs';
import { measureAsks } from './bench-app-asks.mjs';
import { megabytes, printResults, seconds, summarize } from './bench-app-table.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, runs: { type: 'string' }, samples: { type: 'boolean' } },
});
const port = Number(values.port ?? process.env.SHORTLIST_BENCH_PORT ?? 4440);
const RUNS = Number(values.runs ?? 10);
if (!Number.isInteger(port) || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('Usage: node scripts/bench-app.mjs [--port N] [--runs N] [--samples]');
  process.exit(1);
}
const outDir = process.env.SHORTLIST_RENDERER_OUT ?? 'out/renderer';
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built renderer in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const TARGET_MS = 100;
const LONG = 15 * 60_000;
const url = `http://127.0.0.1:${port}/`;
const results = [];

const server = startPreviewServer(port, 'ignore');
let browser;
try {
  await waitForServer(url);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  // With the five sample roles, before the bench's data, against the blank template.
  const firstScreen = await measureFirstScreen(browser, {
    url,
    outDir,
    templatePort: port + 1,
    runs: Math.min(RUNS, 5),
  });
  if (process.env.SHORTLIST_BENCH_ONLY === 'first-screen') {
    printFirstScreen(firstScreen);
    await browser.close();
    server.kill();
    process.exit(0);
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(LONG);
  page.on('pageerror', (error) => {
    console.warn(`Page error: ${error.message}`);
  });
  await page.addInitScript(installHelpers);
  await page.goto(url);
  await page.getByRole('table', { name: 'Roles' }).waitFor();

  const seedMs = await seedDatabase(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  console.log(
    `Seeded ${ROLE_COUNT} roles, ${ROLE_COUNT * 12} requirements, ${ROLE_COUNT * NOTES_PER_ROLE} notes ` +
      `in ${seconds(seedMs)} (IndexedDB usage ${megabytes(usage)}).\n`,
  );

  if (process.env.SHORTLIST_BENCH_ONLY === 'board') {
    // With the search index whole, as in the full run (its rebuild takes the CPU).
    await page.reload();
    await page.evaluate(() => window.__benchFirstTable);
    await waitForSearchIndex(page, Number((await subtitle(page)).match(/\d+/)?.[0]));
    for (const row of await measureBoard(page, RUNS)) record(row.name, row.samples, row.kind);
    printTable();
    await browser.close();
    server.kill();
    process.exit(0);
  }

  if (process.env.SHORTLIST_BENCH_ONLY === 'asks') {
    await page.reload();
    await page.evaluate(() => window.__benchFirstTable);
    // The search index rebuilds once after the seeding: not inside these measures.
    await waitForSearchIndex(page, Number((await subtitle(page)).match(/\d+/)?.[0]));
    for (const row of await measureAsks(page, RUNS)) record(row.name, row.samples, row.kind);
    printTable();
    await browser.close();
    server.kill();
    process.exit(0);
  }

  if (process.env.SHORTLIST_BENCH_ONLY === 'export') {
    // While iterating on Export all and Back up: those and their floors only.
    await page.reload();
    await page.evaluate(() => window.__benchFirstTable);
    // A build older than the persisted search index has none to wait for.
    if (
      await page.evaluate(async () =>
        (await indexedDB.databases()).some((db) => db.name === 'shortlist-search'),
      )
    )
      await waitForSearchIndex(page, Number((await subtitle(page)).match(/\d+/)?.[0]));
    printFloorTable(await measureExportAndBackup(page));
    await browser.close();
    server.kill();
    process.exit(0);
  }

  // 1. Reload: time from navigation start until the table shows rows, then a frame. The
  // data above was written past the app, so its search index rebuilds once, in the
  // background (each reload interrupts and resumes it): reloads while it runs are shown
  // for information; the figure that counts is taken once it is whole, as a person who
  // adds roles through the app always has it. Each reload starts from a page at rest (as
  // the template's loads start from a new page), not while the last load's deferred work
  // (the other screens' code, the index check) still runs.
  const reloadTimes = async (atRest) => {
    const times = [];
    for (let run = 0; run < Math.min(RUNS, 5); run += 1) {
      if (atRest) await waitForQuiet(page);
      await page.reload();
      times.push(await page.evaluate(() => window.__benchFirstTable));
    }
    return times;
  };
  record(
    'Roles table first shown after reload, index rebuilding',
    await reloadTimes(false),
    'info',
  );
  const total = Number((await subtitle(page)).match(/\d+/)?.[0]);
  console.log(`Roles table shows ${total} roles.`);

  // 2. The Roles search, from the persisted index.
  const indexMs = await waitForSearchIndex(page, total);
  console.log(`Search index complete ${seconds(indexMs)} after the last reload (once).`);
  const loads = await reloadTimes(true);
  record('Roles table first shown after reload', loads, 'info');
  await page.reload();
  await page.evaluate(() => window.__benchFirstTable);
  const firstSearch = await search(page, NOTE_WORDS[0], { count: noteWordRoleCount(0) });
  record('First search right after a reload', [firstSearch], 'target');
  await search(page, '', { total });
  const filterTimes = [];
  const clearTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    filterTimes.push(
      await search(page, COMPANIES[run % COMPANIES.length], {
        count: companyRoleCount(),
        company: true,
      }),
    );
    clearTimes.push(await search(page, '', { total }));
  }
  record('Search box: company name → filtered rows', filterTimes, 'target');
  record('Search box: cleared → all rows', clearTimes, 'target');
  const noteTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    const k = (run + 1) % NOTE_WORDS.length;
    noteTimes.push(await search(page, NOTE_WORDS[k], { count: noteWordRoleCount(k) }));
  }
  record('Search box: word found only in notes → results', noteTimes, 'target');
  await search(page, '', { total });
  const paletteTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    paletteTimes.push(await searchPalette(page, NOTE_WORDS[run % NOTE_WORDS.length]));
  }
  record('Search palette (Ctrl+K): word in notes → grouped results', paletteTimes, 'info');
  if (process.env.SHORTLIST_BENCH_ONLY === 'search') {
    // While iterating on search: its figures only, without the minutes the rest takes.
    printTable();
    await browser.close();
    server.kill();
    process.exit(0);
  }

  // 3. Status filter, alternating with "All statuses" so the subtitle always changes.
  const narrow = [];
  const widen = [];
  const statuses = ['applied', 'interviewing', 'active', 'offer', 'rejected'];
  for (let run = 0; run < RUNS; run += 1) {
    narrow.push(await filterStatus(page, statuses[run % statuses.length]));
    widen.push(await filterStatus(page, 'all'));
  }
  record('Status filter: one status → filtered rows', narrow, 'target');
  record('Status filter: back to all statuses', widen, 'target');

  // 4. Opening a role, its Notes tab, and going back.
  // Each run opens a role not opened before (reopening one at once reads warm caches),
  // then all of them again in the same order.
  const opens = [];
  const notesTabs = [];
  const backs = [];
  const reopens = [];
  const titles = [];
  const notesTabsAgain = [];
  for (let run = 0; run < RUNS; run += 1) {
    const opened = await openRole(page, run * 3, titles);
    titles.push(opened.title);
    opens.push(opened.ms);
    notesTabs.push(await openNotesTab(page));
    backs.push(await backToRoles(page));
  }
  for (let run = 0; run < RUNS; run += 1) {
    // The same choices as above: the same index, skipping the same earlier titles.
    const reopened = await openRole(page, run * 3, titles.slice(0, run));
    if (reopened.title !== titles[run]) throw new Error(`Reopened ${reopened.title}`);
    reopens.push(reopened.ms);
    notesTabsAgain.push(await openNotesTab(page));
    await backToRoles(page);
  }
  record('Open a role, first visit (row → heading + checklist)', opens, 'target');
  record(`Open the same role again (after ${RUNS - 1} others)`, reopens, 'target');
  record(`Notes tab, first visit (${NOTES_PER_ROLE} notes)`, notesTabs, 'info');
  record('Notes tab of the same role again', notesTabsAgain, 'info');
  record('Back to Roles (← All roles)', backs, 'target');

  // 4b. The Board: opening it and moving a card (bench-app-board.mjs).
  for (const row of await measureBoard(page, RUNS)) record(row.name, row.samples, row.kind);

  // 4c. Issue 10's measures: a comparison of five roles, and "Also asked by".
  for (const row of await measureAsks(page, RUNS)) record(row.name, row.samples, row.kind);

  // 5. Export all and Back up now (time until the browser starts the download), each
  // next to its floor measured in the same page.
  const floorRows = await measureExportAndBackup(page);

  printTable();
  printFloorTable(floorRows);
  printFirstScreen(firstScreen, loads);
} catch (error) {
  console.error(
    `The bench harness failed: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exitCode = 1;
  // What the page showed when it failed, to see why.
  const shot = resolve(tmpdir(), 'bench-app-failure.png');
  await browser
    ?.contexts()
    .flatMap((context) => context.pages())
    .at(-1)
    ?.screenshot({ path: shot })
    .then(() => {
      console.error(`The page at that moment: ${shot}`);
    })
    .catch(() => undefined);
} finally {
  await browser?.close();
  server.kill();
}

function subtitle(page) {
  return page.locator('.screen-subtitle').textContent();
}

function record(name, samples, kind) {
  results.push(summarize(name, samples, kind));
}

function printTable() {
  printResults(results, { target: TARGET_MS, samples: values.samples });
}
