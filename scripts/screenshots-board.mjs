// The Board's screenshots, at 1280×800 and 900×650: the sample roles spread over a few
// columns (moved with the cards' own Move to lists), one exit column opened.
import { runIfInvoked } from './screenshot-script.mjs';

/**
 * Writes board-1280-<scheme>.png, board-1280-exits-<scheme>.png (scrolled to the exit
 * columns) and board-900-<scheme>.png into `outDir`.
 */
export async function boardShots(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  // Priorities and a next action, so the cards show them.
  await page.getByRole('link', { name: 'Engineering Manager, LXD' }).click();
  await page
    .getByRole('button', { name: /details/i })
    .first()
    .click();
  await page.getByLabel('Priority').selectOption('5');
  const next = page.getByLabel('Next action', { exact: true });
  await next.fill('Send the written answers');
  await next.press('Tab');
  await page.goto(`${base}#/board`);
  await page.getByRole('heading', { name: 'Board', level: 1 }).waitFor();
  const moves = [
    ['Engineering Manager, LXD', 'Applied'],
    ['Engineering Manager, HPC', 'Interviewing'],
    ['Engineering Manager - MLOps & Analytics', 'Screening'],
    ['Linux Server Software Engineering Manager', 'Rejected'],
  ];
  for (const [title, column] of moves) {
    await page.getByRole('combobox', { name: `Move ${title} to` }).selectOption({ label: column });
    await page
      .getByRole('region', { name: new RegExp(`^${column}`) })
      .getByRole('link', { name: title })
      .waitFor();
  }
  await page.getByRole('heading', { name: 'Board', level: 1 }).click();
  // The last move scrolled its column into view: start from the pipeline's first.
  await page.locator('.board-columns').evaluate((node) => node.scrollTo(0, 0));
  await page.screenshot({ path: `${outDir}/board-1280-${scheme}.png` });
  await page.locator('.board-columns').evaluate((node) => node.scrollTo(node.scrollWidth, 0));
  await page.screenshot({ path: `${outDir}/board-1280-exits-${scheme}.png` });
  await page.locator('.board-columns').evaluate((node) => node.scrollTo(0, 0));
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: `${outDir}/board-900-${scheme}.png` });
  await page.close();
}

await runIfInvoked(import.meta.url, boardShots);
