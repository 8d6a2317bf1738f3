// The first screen against its floor (issue 11): the blank electron-vite React template,
// built here from the template package with electron-vite's defaults and loaded in the
// same Chromium, in the same run, so the ratios stay honest on a busy machine. Measures,
// with the five sample roles: the JavaScript loaded before the content shows (gzip), and
// a cold load (new page, HTTP cache off) until the first paint and until the content
// (the Roles table's rows; the template's whole page). The template's copy is kept in
// out-bench/ (git-ignored) and rebuilt only when missing (`rm -rf out-bench` refreshes it).
/* global window, document */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { installHelpers } from './bench-app-steps.mjs';
import { startPreviewServer, waitForServer } from './preview-server.mjs';

/** The template package (pinned: a new React inside it changes the floor). */
export const TEMPLATE_PACKAGE = '@quick-start/create-electron@1.0.30';
/** Issue 11's targets, as ratios to the template. */
export const INITIAL_JS_TARGET = 1.6;
export const COLD_LOAD_TARGET = 1.5;
export const RELOAD_TARGET = 2;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'out-bench');
const TEMPLATE_DIR = join(CACHE, 'template-react-ts');
const viteBin = join(ROOT, 'node_modules/vite/bin/vite.js');
const TABLE_ROW = 'table[aria-label="Roles"] tbody tr';
// The template's last element: its App renders all at once.
const TEMPLATE_CONTENT = '.versions';

/**
 * The template's renderer, built once: the package's react-ts template with its own
 * renderer config (the React plugin) and electron-vite's defaults (no minify, as a new
 * project ships). Main and preload are left out: they need the template's own packages.
 */
export function buildTemplate() {
  const outDir = join(TEMPLATE_DIR, 'out', 'renderer');
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  mkdirSync(CACHE, { recursive: true });
  const packed = execFileSync(
    'npm',
    ['pack', TEMPLATE_PACKAGE, '--pack-destination', CACHE, '--silent'],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .at(-1);
  rmSync(join(CACHE, 'package'), { recursive: true, force: true });
  execFileSync('tar', ['xzf', join(CACHE, packed), '-C', CACHE]);
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  cpSync(
    join(CACHE, 'package/template/react-ts/src/renderer'),
    join(TEMPLATE_DIR, 'src/renderer'),
    {
      recursive: true,
    },
  );
  writeFileSync(
    join(TEMPLATE_DIR, 'electron.vite.config.mjs'),
    "import react from '@vitejs/plugin-react';\nexport default { renderer: { plugins: [react()] } };\n",
  );
  // electron-vite finds the renderer (./src/renderer) from the working directory.
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { build } from 'electron-vite'; await build({ logLevel: 'warn' });",
    ],
    { cwd: TEMPLATE_DIR, stdio: 'pipe' },
  );
  return outDir;
}

/** Loads `url` in a new page of `context` with the HTTP cache off; times from navigation. */
async function coldLoad(context, url, selector) {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    console.warn(`Page error (${url}): ${error.message}`);
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(installHelpers);
    await page.addInitScript((selector) => {
      window.__benchContent = window.__benchUntil(
        () => document.querySelector(selector) !== null,
        120_000,
      );
    }, selector);
    await page.goto(url);
    return await page.evaluate(async () => {
      const shown = await window.__benchContent;
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= shown)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'));
      return { shown, paint: paint ?? shown, scripts };
    });
  } finally {
    await page.close();
  }
}

/** The gzip size of every script a load fetched before its content showed. */
function initialJsBytes(outDir, scripts) {
  let total = 0;
  for (const path of new Set(scripts)) total += gzipSync(readFileSync(join(outDir, path))).length;
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Builds the template when needed, serves it on `templatePort` and takes `runs` cold loads
 * of each, alternating. The app's database must hold the five samples (or nothing: the
 * first load seeds them and is not counted).
 */
export async function measureFirstScreen(browser, { url, outDir, templatePort, runs = 5 }) {
  const templateOut = buildTemplate();
  const templateServer = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--outDir',
      templateOut,
      '--host',
      '127.0.0.1',
      '--port',
      String(templatePort),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const templateUrl = `http://127.0.0.1:${templatePort}/`;
  const options = { viewport: { width: 1280, height: 800 } };
  // The app's data in a profile on disk, as the desktop app keeps it: a context without
  // one keeps IndexedDB in memory, where the same cold load took a third longer (median
  // ~290 ms against ~220 ms, same build). The template stores nothing.
  const profile = mkdtempSync(join(tmpdir(), 'shortlist-first-screen-'));
  const { chromium } = await import('@playwright/test');
  const app = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const template = await browser.newContext(options);
  try {
    await waitForServer(templateUrl);
    // Another server on the port would answer in its place (--strictPort made ours quit).
    if (templateServer.exitCode !== null) throw new Error(`Port ${templatePort} is taken.`);
    // The template's preload would expose window.electron; the page reads its versions.
    await template.addInitScript(() => {
      window.electron = {
        process: { versions: { electron: '-', chrome: '-', node: '-' } },
        ipcRenderer: { send: () => undefined },
      };
    });
    const firstLaunch = await coldLoad(app, url, TABLE_ROW);
    const appRuns = [];
    const templateRuns = [];
    for (let run = 0; run < runs; run += 1) {
      templateRuns.push(await coldLoad(template, templateUrl, TEMPLATE_CONTENT));
      appRuns.push(await coldLoad(app, url, TABLE_ROW));
    }
    return {
      firstLaunchMs: firstLaunch.shown,
      app: {
        initialJs: initialJsBytes(outDir, appRuns.at(-1).scripts),
        scripts: new Set(appRuns.at(-1).scripts).size,
        paint: median(appRuns.map((r) => r.paint)),
        shown: median(appRuns.map((r) => r.shown)),
      },
      template: {
        initialJs: initialJsBytes(templateOut, templateRuns.at(-1).scripts),
        scripts: new Set(templateRuns.at(-1).scripts).size,
        paint: median(templateRuns.map((r) => r.paint)),
        shown: median(templateRuns.map((r) => r.shown)),
      },
      runs,
    };
  } finally {
    await app.close();
    await template.close();
    templateServer.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Prints the first-screen figures as ratios to the template; `reloads` at 5,000 roles. */
export function printFirstScreen(figures, reloads = []) {
  const { app, template } = figures;
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (value) => `${value.toFixed(0)} ms`;
  const verdict = (ratio, target) => `≤ ${target}×: ${ratio <= target ? 'within' : 'OVER'}`;
  const rows = [
    [
      `Initial JS before the content (gzip; ${app.scripts} vs ${template.scripts} files)`,
      kb(app.initialJs),
      kb(template.initialJs),
      app.initialJs / template.initialJs,
      INITIAL_JS_TARGET,
    ],
    [
      'Cold load: first paint (median)',
      ms(app.paint),
      ms(template.paint),
      app.paint / template.paint,
      null,
    ],
    [
      'Cold load: Roles table / template content (median)',
      ms(app.shown),
      ms(template.shown),
      app.shown / template.shown,
      COLD_LOAD_TARGET,
    ],
  ];
  if (reloads.length > 0) {
    const reload = median(reloads);
    rows.push([
      'Reload to the Roles table at 5,000 roles (median, search index whole)',
      ms(reload),
      ms(template.shown),
      reload / template.shown,
      RELOAD_TARGET,
    ]);
  }
  const header = ['First screen', 'Shortlist', 'Template', 'Ratio', 'Target'];
  const cells = rows.map(([name, ours, floor, ratio, target]) => [
    name,
    ours,
    floor,
    `${ratio.toFixed(2)}×`,
    target === null ? '(no target)' : verdict(ratio, target),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of cells) console.log(line(row));
  console.log(
    `\nAgainst the blank electron-vite React template (${TEMPLATE_PACKAGE}, react-ts, built ` +
      `with electron-vite's defaults), ${figures.runs} cold loads each, alternating, with the ` +
      `HTTP cache off; Shortlist's data in a profile on disk. Its first launch (seeding the ` +
      `five sample roles) showed the table after ${ms(figures.firstLaunchMs)}.`,
  );
}

// Run alone (`node scripts/bench-app-first-screen.mjs [--port N]`, the template on N + 1 or
// SHORTLIST_BENCH_TEMPLATE_PORT): these figures only, on a fresh browser profile. bench:app prints them too, with the reload at 5,000 roles.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const flag = process.argv.indexOf('--port');
  const port = Number(
    flag > 0 ? process.argv[flag + 1] : (process.env.SHORTLIST_BENCH_PORT ?? 4440),
  );
  const outDir = process.env.SHORTLIST_RENDERER_OUT ?? 'out/renderer';
  const server = startPreviewServer(port, 'ignore');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    const templatePort = Number(process.env.SHORTLIST_BENCH_TEMPLATE_PORT ?? port + 1);
    printFirstScreen(await measureFirstScreen(browser, { url, outDir, templatePort }));
  } finally {
    await browser.close();
    server.kill();
  }
}
