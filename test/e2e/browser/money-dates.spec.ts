/**
 * Pay ranges, closing dates and archived roles: a range typed as people write it, sorted
 * and filtered in the Roles table; archive with Undo from a row and from the header;
 * archived roles counted apart, shown on request and kept off the Agenda.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// 3 Dec 2026, 10:00 in London: closing dates are days from then.
test.use({ timezoneId: 'Europe/London' });
const NOW = new Date('2026-12-03T10:00:00Z');
// Each test edits several roles; the machine running the suite may be busy.
test.describe.configure({ timeout: 90_000 });

const table = (page: Page) => page.getByRole('table', { name: 'Roles' });
const rows = (page: Page) => table(page).locator('tbody tr');
const panel = (page: Page) => page.getByRole('region', { name: 'Application' });

async function start(page: Page) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(rows(page)).toHaveCount(5);
}

async function openDetails(page: Page, title: string) {
  await page.goto('/');
  await table(page).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Details' }).click();
}

/** Types into a pay field and leaves it with Enter, as a person would. */
async function typeAmount(page: Page, label: string, value: string) {
  const field = panel(page).getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

async function setPay(page: Page, title: string, min: string, max: string, period = 'year') {
  await openDetails(page, title);
  await typeAmount(page, 'Minimum pay', min);
  await typeAmount(page, 'Maximum pay', max);
  if (period !== 'year') await panel(page).getByLabel('Paid per').selectOption(period);
}

/** The role titles down the table, in order. */
async function titles(page: Page): Promise<string[]> {
  return table(page).locator('tbody tr .role-link').allInnerTexts();
}

test('a pay range is typed as people write it, refused when it cannot be, and sorts the table', async ({
  page,
}) => {
  await start(page);
  await openDetails(page, 'Engineering Manager, LXD');
  // Unreadable, and a minimum above the maximum: said where it was typed, not saved.
  await typeAmount(page, 'Minimum pay', 'lots');
  await expect(panel(page)).toContainText('“lots” is not an amount.');
  await typeAmount(page, 'Minimum pay', '£80k');
  await expect(panel(page).getByRole('definition')).toHaveText('From £80k / year');
  await typeAmount(page, 'Maximum pay', '70,000');
  await expect(panel(page)).toContainText('The minimum is more than the maximum.');
  await typeAmount(page, 'Maximum pay', '95,000');
  await expect(panel(page).getByRole('definition')).toHaveText('£80k–£95k / year');
  await expect(panel(page).getByRole('textbox', { name: 'Minimum pay' })).toHaveValue('80,000');

  // 7,000–8,500 a month is 84,000–102,000 a year: between the other two.
  await setPay(page, 'Engineering Manager, HPC', '7000', '8500', 'month');
  await expect(panel(page).getByRole('definition')).toHaveText('£7k–£8.5k / month');
  await setPay(page, 'Engineering Director, Landscape', '120k', '140k');
  await expect(panel(page).getByRole('definition')).toHaveText('£120k–£140k / year');

  await page.reload();
  await expect(panel(page).getByRole('definition')).toHaveText('£120k–£140k / year');
  await page.goto('/');
  const payHeader = table(page).getByRole('columnheader', { name: /Pay/ });
  // Best paid first, then the other way; unknown pay stays last either way.
  await payHeader.getByRole('button').click();
  await expect(payHeader).toHaveAttribute('aria-sort', 'descending');
  const lowToHigh = [
    'Engineering Manager, LXD',
    'Engineering Manager, HPC',
    'Engineering Director, Landscape',
  ];
  expect((await titles(page)).slice(0, 3)).toEqual([...lowToHigh].reverse());
  await expect(rows(page).nth(3)).toContainText('Not given');
  await payHeader.getByRole('button').click();
  await expect(payHeader).toHaveAttribute('aria-sort', 'ascending');
  expect((await titles(page)).slice(0, 3)).toEqual(lowToHigh);
  await expect(rows(page).nth(4)).toContainText('Not given');

  // At least 100k a year: HPC's top (102k a year) and Landscape reach it; LXD does not.
  await page.getByText('More filters').click();
  await page.getByRole('textbox', { name: 'Pays at least (a year)' }).fill('100k');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByText('2 of 5 roles shown')).toBeVisible();
  await page.getByRole('button', { name: 'Clear these filters' }).click();
  await expect(rows(page)).toHaveCount(5);
});

test('a closing date shows how soon it is, in the header and the table, and filters', async ({
  page,
}) => {
  await start(page);
  await openDetails(page, 'Engineering Manager, HPC');
  await panel(page).getByLabel('Posting closes').fill('2026-12-06');
  await expect(page.locator('.role-flags')).toHaveText('Closes in 3 days');
  await page.goto('/');
  await expect(table(page).getByRole('row', { name: /Engineering Manager, HPC/ })).toContainText(
    'Closes in 3 days',
  );
  await page.getByText('More filters').click();
  const closing = page
    .getByRole('group', { name: 'Filter by pay and closing date' })
    .getByLabel('Closing date');
  await closing.selectOption('soon');
  await expect(rows(page)).toHaveCount(1);
  await closing.selectOption('none');
  await expect(rows(page)).toHaveCount(4);
});

test('archive from a row with Undo, from the header, shown on request, off the Agenda', async ({
  page,
}) => {
  await start(page);
  const lxd = 'Engineering Manager, LXD';
  // A follow-up due tomorrow puts LXD on the Agenda, until it is archived.
  await openDetails(page, lxd);
  await panel(page).getByLabel('Next action due').fill('2026-12-04');
  await page.getByRole('link', { name: /^Agenda/ }).click();
  await expect(page.getByRole('main')).toContainText(lxd);

  await page.goto('/');
  await table(page)
    .getByRole('button', { name: `Archive ${lxd}` })
    .click();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByText('4 roles you are tracking')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Show archived (1)' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(5);
  await expect(toggle).toHaveCount(0);

  // From the header: archived, flagged, logged, and gone from the Agenda.
  await table(page).getByRole('link', { name: lxd, exact: true }).click();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.locator('.role-flags')).toHaveText('Archived 3 Dec 2026');
  await expect(page.getByRole('button', { name: 'Unarchive', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Activity' }).click();
  const activity = page.getByRole('tabpanel');
  await expect(activity).toContainText('Archived the role');
  await expect(activity).toContainText('Unarchived the role');
  await page.getByRole('link', { name: /^Agenda/ }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(lxd);

  // Shown on request, marked, and unarchived from its row.
  await page.getByRole('link', { name: /^Roles/ }).click();
  await expect(rows(page)).toHaveCount(4);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(page)).toHaveCount(5);
  const row = table(page).getByRole('row', { name: new RegExp(lxd) });
  await expect(row).toContainText('Archived');
  await row.getByRole('button', { name: `Unarchive ${lxd}` }).click();
  await expect(page.getByText('5 roles you are tracking')).toBeVisible();
  await expect(toggle).toHaveCount(0);
});
