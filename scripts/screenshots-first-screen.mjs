// Screenshots of the first screen's waits: the shell index.html paints before any script
// has run (`shell-<scheme>.png`, taken with scripts off), and the announced wait a screen
// shows while its code loads (`screen-loading-<scheme>.png`, the Agenda's chunk held back).
// Alone: `node scripts/screenshots-first-screen.mjs [outDir]` (a built renderer first).
/* global document, getComputedStyle */
import { runIfInvoked } from './screenshot-script.mjs';

/** Writes `shell-<scheme>.png` and `screen-loading-<scheme>.png`. */
export async function firstScreenShots(browser, base, outDir, scheme) {
  const options = { viewport: { width: 1280, height: 800 }, colorScheme: scheme };
  const shell = await browser.newContext({ ...options, javaScriptEnabled: false });
  const still = await shell.newPage();
  await still.goto(base);
  await still.getByRole('status').filter({ hasText: 'Opening Shortlist…' }).waitFor();
  // The wait fades in after 250 ms, so a quick start never flashes it.
  await still.waitForFunction(
    () => getComputedStyle(document.querySelector('.screen-code-loading')).visibility === 'visible',
  );
  await still.screenshot({ path: `${outDir}/shell-${scheme}.png` });
  await shell.close();

  const context = await browser.newContext(options);
  const page = await context.newPage();
  let release = () => undefined;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/AgendaScreen-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${base}#/agenda`);
  const loading = page.getByRole('status').filter({ hasText: 'Loading Agenda…' });
  await loading.waitFor();
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('.screen-code-loading')).visibility === 'visible',
  );
  await page.screenshot({ path: `${outDir}/screen-loading-${scheme}.png` });
  release();
  await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
  await context.close();
}

await runIfInvoked(import.meta.url, firstScreenShots);
