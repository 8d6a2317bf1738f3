/**
 * The Board: a card moved with the pointer or the keyboard runs the same status change
 * as the role header (the header, the Roles table and the Activity agree, and the
 * applied date is set); filters, folded columns, archived roles and thousands of cards.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRecords } from './idb';
import { archiveByTitle, bulkBoardRoles, card, column, dragCard, openBoard } from './board-steps';

// The clock starts at 3 March 2026, 10:00 in London, so the applied date is known.
test.use({ timezoneId: 'Europe/London' });
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-03T10:00:00Z') });
});

const LXD = 'Engineering Manager, LXD';

/** The role header, the Roles table and the Activity all say LXD was applied for today. */
async function expectAppliedEverywhere(page: Page, moves: RegExp[]) {
  await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Application status' })).toHaveValue('applied');
  await expect(page.getByRole('region', { name: 'Application' })).toContainText(
    'Applied3 Mar 2026',
  );
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('tabpanel').getByRole('listitem')).toHaveText([
    ...moves,
    /Added Engineering Manager, LXD/,
  ]);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText('Applied');
}

test('drag LXD from Interested to Applied with the pointer', async ({ page }) => {
  await openBoard(page);
  await expect(column(page, 'Interested')).toContainText('5');
  await expect(column(page, 'Interested').getByRole('article')).toHaveCount(5);
  await expect(column(page, 'Applied')).toContainText('None yet');

  await dragCard(page, LXD, 'Applied');
  await expect(column(page, 'Applied').getByRole('article', { name: LXD })).toBeVisible();
  await expect(column(page, 'Interested').getByRole('article')).toHaveCount(4);
  // Dropping is not a click: the board is still showing.
  await expect(page).toHaveURL(/#\/board$/);

  await card(page, LXD).getByRole('link', { name: LXD }).click();
  await expectAppliedEverywhere(page, [/Status: interested → applied/]);
});

test('move LXD with the keyboard: Alt+Right / Alt+Left, focus follows, Enter opens', async ({
  page,
}) => {
  await openBoard(page);
  const link = card(page, LXD).getByRole('link', { name: LXD });
  await link.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'Applied').getByRole('article', { name: LXD })).toBeVisible();
  await expect(card(page, LXD).getByRole('link', { name: LXD })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'Screening').getByRole('article', { name: LXD })).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(column(page, 'Applied').getByRole('article', { name: LXD })).toBeVisible();
  await expect(card(page, LXD).getByRole('link', { name: LXD })).toBeFocused();
  // Alt+Left on a card moves it, it does not go Back.
  await expect(page).toHaveURL(/#\/board$/);
  await expect(page.getByText(`Moved ${LXD} to Applied.`)).toBeAttached();

  await page.keyboard.press('Enter');
  await expectAppliedEverywhere(page, [
    /Status: screening → applied/,
    /Status: applied → screening/,
    /Status: interested → applied/,
  ]);
});

test('Move to opens a folded exit column; folding is remembered', async ({ page }) => {
  await openBoard(page);
  const rejected = column(page, 'Rejected');
  const show = rejected.getByRole('button', { name: 'Show Rejected' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');

  const hpc = 'Engineering Manager, HPC';
  await page.getByRole('combobox', { name: `Move ${hpc} to` }).selectOption('Rejected');
  await expect(rejected.getByRole('article', { name: hpc })).toBeVisible();
  await expect(rejected.getByRole('button', { name: 'Hide Rejected' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(card(page, hpc).getByRole('link', { name: hpc })).toBeFocused();
  // The card shows in its new column at once; the board is busy until the move is stored.
  await expect(page.locator('.board-columns')).toHaveAttribute('aria-busy', 'false');

  await page.reload();
  await expect(rejected.getByRole('article', { name: hpc })).toBeVisible();
  await expect(
    column(page, 'Withdrawn').getByRole('button', { name: 'Show Withdrawn' }),
  ).toBeVisible();
  await rejected.getByRole('button', { name: 'Hide Rejected' }).click();
  await expect(rejected.getByRole('article')).toHaveCount(0);
  await expect(rejected).toContainText('1');
  await page.reload();
  await expect(rejected.getByRole('button', { name: 'Show Rejected' })).toBeVisible();
  await expect(rejected.getByRole('article')).toHaveCount(0);
});

test('filter by text and priority; archived roles are not on the board', async ({ page }) => {
  await openBoard(page);
  const filterText = page.getByRole('searchbox', { name: 'Filter cards' });
  await filterText.fill('hpc');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText('1 of 5 applications shown')).toBeVisible();

  await filterText.fill('');
  const priority = page.getByRole('combobox', { name: 'Filter by priority' });
  await priority.selectOption('5');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByText('No cards match the filter.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(priority).toHaveValue('any');
  await expect(page.getByRole('article')).toHaveCount(5);
  await priority.selectOption('none');
  await expect(page.getByRole('article')).toHaveCount(5);

  await archiveByTitle(page, 'Engineering Director, Landscape');
  await page.reload();
  await expect(page.getByText('4 applications by status')).toBeVisible();
  await expect(card(page, 'Engineering Director, Landscape')).toHaveCount(0);
});

test('thousands of cards: only those in view are rendered, scrolling reaches the end', async ({
  page,
}) => {
  // Writing 2,000 roles past the app makes the search index rebuild meanwhile.
  test.setTimeout(60_000);
  await openBoard(page);
  await putRecords(page, bulkBoardRoles(2000));
  await page.reload();
  const interested = column(page, 'Interested');
  await expect(interested).toContainText('2005');
  const rendered = await interested.getByRole('article').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(30);

  await interested.locator('.board-column-scroll').evaluate((node) => {
    node.scrollTop = node.scrollHeight;
  });
  await expect(card(page, 'Linux Server Software Engineering Manager')).toBeVisible();
  expect(await interested.getByRole('article').count()).toBeLessThan(30);

  await page.getByRole('searchbox', { name: 'Filter cards' }).fill('Bulk role 1234');
  await expect(page.getByRole('article')).toHaveCount(1);
  await card(page, 'Bulk role 1234').getByRole('link').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(
    column(page, 'Applied').getByRole('article', { name: 'Bulk role 1234' }),
  ).toBeVisible();
});
