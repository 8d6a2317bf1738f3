/**
 * Windows under 1,000 px wide (issue 14): the sidebar turns into a rail, the Roles table
 * drops columns it has no room for (and says so), and no screen spills out of the window.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROLE = 'Engineering Manager, LXD';

function headers(page: Page) {
  return page.getByRole('table', { name: 'Roles' }).getByRole('columnheader');
}

async function openRoles(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
}

/** Neither the page nor the scrolling content area is wider than the window. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => {
    const content = document.querySelector('main.content');
    return {
      window: window.innerWidth,
      page: document.scrollingElement?.scrollWidth ?? 0,
      content: content ? content.scrollWidth - content.clientWidth : 0,
    };
  });
  expect(widths.page, `${where}: page width`).toBeLessThanOrEqual(widths.window);
  expect(widths.content, `${where}: content overflow`).toBeLessThanOrEqual(0);
}

/** Each header's text fits its cell: nothing is cut ("READIN", "NEXT INTERV"). */
async function expectHeadersWhole(page: Page) {
  const cut = await headers(page).evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const button = cell.querySelector('button');
        return (
          cell.scrollWidth > cell.clientWidth ||
          (button !== null && button.scrollWidth > button.clientWidth)
        );
      })
      .map((cell) => cell.textContent),
  );
  expect(cut, 'headers wider than their cells').toEqual([]);
}

async function expectInsideWindow(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x).toBeGreaterThanOrEqual(0);
  expect(box && box.x + box.width).toBeLessThanOrEqual(width);
}

test('at 800×600 the sidebar is a rail and every screen fits the window', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openRoles(page);
  const sidebar = page.locator('.sidebar');
  expect((await sidebar.boundingBox())?.width).toBeLessThanOrEqual(80);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /^Roles/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Backup & restore' })).toBeVisible();

  await expectHeadersWhole(page);
  await expectInsideWindow(page, page.getByRole('searchbox', { name: 'Search roles' }));
  await expectNoSidewaysScroll(page, 'Roles');

  await page.getByRole('link', { name: ROLE, exact: true }).click();
  for (const tab of ['Checklist', 'Interviews', 'Notes', 'Posting', 'Activity']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectNoSidewaysScroll(page, `${tab} tab`);
  }

  // The rail is keyboard navigation too: its links are named and in the Tab order.
  const agenda = nav.getByRole('link', { name: /^Agenda/ });
  await agenda.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(agenda).toHaveAttribute('aria-current', 'page');
  await expectNoSidewaysScroll(page, 'Agenda');

  await page.getByRole('button', { name: 'Backup & restore' }).click();
  const backup = page.getByRole('dialog', { name: 'Backup & restore' });
  await expect(backup).toBeVisible();
  await expectInsideWindow(page, backup);
  await expectNoSidewaysScroll(page, 'Backup dialog');
});

test('a narrow Roles table hides columns to fit, names them, and keeps the choice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openRoles(page);
  // The last header is the row actions' (its name is for screen readers only).
  await expect(headers(page)).toHaveText([
    /^Role/,
    /^Status/,
    /^Next interview/,
    /^Readiness/,
    'Actions',
  ]);
  await page.getByText('Columns', { exact: true }).click();
  await expect(
    page.getByText('Hidden to fit this window: Last activity, Closing date, Team, Pay.'),
  ).toBeVisible();
  // Still the user's choice: ticked, with the note as its description.
  const team = page.getByRole('checkbox', { name: /^Team/ });
  await expect(team).toBeChecked();
  await expect(team).toHaveAccessibleDescription(/Hidden to fit this window/);
  await expect(page.getByRole('checkbox', { name: /^Status/ })).not.toHaveAccessibleDescription(
    /Hidden/,
  );

  // A wider window brings them back: the saved choice was never changed.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(headers(page)).toHaveText([
    /^Role/,
    /^Team/,
    /^Status/,
    /^Next interview/,
    /^Readiness/,
    /^Pay/,
    /^Closes/,
    /^Last activity/,
    'Actions',
  ]);
  await expect(page.getByText(/Hidden to fit this window/)).toHaveCount(0);
  await page.reload();
  await expect(headers(page)).toHaveCount(9);
});

test('at 1024×700 the full sidebar stays and the table fits without cut headers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openRoles(page);
  await expect(page.locator('.brand-name')).toBeVisible();
  await expectHeadersWhole(page);
  await expectInsideWindow(page, page.getByRole('searchbox', { name: 'Search roles' }));
  await expectNoSidewaysScroll(page, 'Roles at 1024');
});

test('at 1280×800 the sidebar and table are as wide as before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openRoles(page);
  expect((await page.locator('.sidebar').boundingBox())?.width).toBe(220);
  await expect(page.getByText('Offline · your data stays on this device')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveText(
    'Keyboard shortcuts',
  );
  // Pay and the closing date take the room Last activity had.
  await expect(headers(page)).toHaveCount(8);
  await expectHeadersWhole(page);
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByText('Hidden to fit this window: Last activity.')).toBeVisible();
  await expectNoSidewaysScroll(page, 'Roles at 1280');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 800×600 in ${colorScheme} mode, the rail and the Columns note pass axe`, async ({
    page,
  }) => {
    // axe walks the whole DOM: a few seconds each on a slow machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 800, height: 600 });
    await openRoles(page);
    await page.getByText('Columns', { exact: true }).click();
    await expect(page.getByText(/Hidden to fit this window/)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious, 'axe violations').toEqual([]);
  });
}
