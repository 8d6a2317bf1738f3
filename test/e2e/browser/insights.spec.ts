/**
 * Insights: a status change moves the funnel (and moving back does not undo a stage
 * reached), the export carries the same figures, and axe finds nothing serious in light
 * or dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, column, openBoard } from './board-steps';
import { downloadOf, LXD } from './export-steps';
import { goToRole } from './stories-steps';

const statusControl = (page: Page) => page.getByRole('combobox', { name: 'Application status' });

/** First start: the sample roles are seeded (slow on a busy machine), then shown. */
async function start(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible({
    timeout: 20_000,
  });
}

async function openInsights(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Insights' })
    .click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
}

/** The funnel's table (opened under its chart): stage → reached. */
function funnelTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Funnel' });
}

async function showFunnelTable(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: 'Funnel' });
  await section.getByText('Show as a table').click();
  return funnelTable(page);
}

function reached(table: Locator, stage: string): Locator {
  return table
    .getByRole('row', { name: new RegExp(`^${stage} `) })
    .getByRole('cell')
    .first();
}

test('a status change moves the funnel, and the export has the figures', async ({ page }) => {
  await start(page);
  await openInsights(page);
  let table = await showFunnelTable(page);
  await expect(reached(table, 'Interested')).toHaveText('5');
  await expect(reached(table, 'Applied')).toHaveText('0');

  await goToRole(page, LXD);
  await statusControl(page).selectOption('applied');
  await expect(statusControl(page)).toHaveValue('applied');
  await statusControl(page).selectOption('screening');
  await expect(statusControl(page)).toHaveValue('screening');
  // Back to Applied: Screening was still reached once.
  await statusControl(page).selectOption('applied');
  await expect(statusControl(page)).toHaveValue('applied');

  // Ctrl+5 is Insights.
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  table = await showFunnelTable(page);
  await expect(reached(table, 'Applied')).toHaveText('1');
  await expect(reached(table, 'Screening')).toHaveText('1');
  await expect(reached(table, 'Interviewing')).toHaveText('0');
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: '1 of 1 sent' })).toContainText('100%');

  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export insights as Markdown' }).click(),
  );
  expect(file.name).toMatch(/^shortlist-insights-\d{4}-\d\d-\d\d\.md$/);
  expect(file.text).toMatch(/^\| Interested +\| +5 \| +— \|$/m);
  expect(file.text).toMatch(/^\| Applied +\| +1 \| +20% \|$/m);
  expect(file.text).toMatch(/^\| Screening +\| +1 \| +100% \|$/m);
  expect(file.text).toContain('**Response rate:** 100% (1 of 1 applications sent)');
});

test('moving LXD on the board by keyboard moves the funnel too', async ({ page }) => {
  await openBoard(page);
  await card(page, LXD).getByRole('link', { name: LXD }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'Applied').getByRole('article', { name: LXD })).toBeVisible();
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  const table = await showFunnelTable(page);
  await expect(reached(table, 'Interested')).toHaveText('5');
  await expect(reached(table, 'Applied')).toHaveText('1');
  await expect(reached(table, 'Screening')).toHaveText('0');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Insights has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await start(page);
    await openInsights(page);
    await expect(page.getByRole('img', { name: /^Funnel: Interested 5/ })).toBeVisible();
    await showFunnelTable(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ rule: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
  });
}
