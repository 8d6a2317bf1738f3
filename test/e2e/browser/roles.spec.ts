import type { Page } from '@playwright/test';
import { expect, SEED_TITLES, test } from './fixtures';

function bodyRows(page: Page) {
  return page.getByRole('table', { name: 'Roles' }).locator('tbody tr');
}

/** The role titles in table order (auto-retrying assertions wait for async search). */
function titles(page: Page) {
  return bodyRows(page).locator('.role-link');
}

test('first load shows exactly the five sample roles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(5);
  await expect(titles(page)).toHaveText(SEED_TITLES);
  await expect(page.getByText('5 roles you are tracking')).toBeVisible();
  for (const title of SEED_TITLES) {
    await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Interested');
  }
});

test('reloading never duplicates roles', async ({ page }) => {
  await page.goto('/');
  await expect(bodyRows(page)).toHaveCount(5);
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(5);
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(5);
  await expect(titles(page)).toHaveText(SEED_TITLES);
});

test('the table sorts by a column and filters by text', async ({ page }) => {
  await page.goto('/');
  await expect(bodyRows(page)).toHaveCount(5);
  await page.getByRole('button', { name: /^Role/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Role/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(titles(page)).toHaveText([...SEED_TITLES].reverse());

  await page.getByRole('button', { name: /^Team/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Team/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(titles(page).first()).toHaveText('Engineering Manager, HPC');

  const filter = page.getByRole('searchbox', { name: 'Search roles' });
  await filter.fill('landscape');
  await expect(titles(page)).toHaveText(['Engineering Director, Landscape']);
  // Requirement text is searched too: only one posting asks for QEMU/KVM.
  await filter.fill('qemu');
  await expect(titles(page)).toHaveText(['Linux Server Software Engineering Manager']);
  await filter.fill('no such role');
  await expect(bodyRows(page)).toHaveCount(0);
  await expect(page.getByText('No roles match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(bodyRows(page)).toHaveCount(5);
});

test('a row opens its role by a click anywhere on it, or by its title link from the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('row', { name: /Engineering Manager, HPC/ })
    .getByText('HPC', { exact: true })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager, HPC', level: 1 }),
  ).toBeVisible();
  await page.getByRole('link', { name: '← All roles' }).click();
  await page.getByRole('link', { name: 'Engineering Manager, LXD' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager, LXD', level: 1 }),
  ).toBeVisible();
  await page.goBack();
  await expect(bodyRows(page)).toHaveCount(5);
});

test('a narrow window keeps navigation, shortcuts and Backup & restore in its top bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 700 });
  await page.goto('/');
  await expect(bodyRows(page)).toHaveCount(5);
  await expect(page.getByRole('link', { name: /^Agenda/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
  // The browser build has no File menu: this is its only way to back up and restore.
  await page.getByRole('button', { name: 'Backup & restore' }).click();
  await expect(page.getByRole('heading', { name: 'Backup & restore' })).toBeVisible();
  // Nothing in the toolbar is pushed out of the window.
  const search = await page.getByRole('searchbox').boundingBox();
  expect(search && search.x + search.width).toBeLessThanOrEqual(600);
});
