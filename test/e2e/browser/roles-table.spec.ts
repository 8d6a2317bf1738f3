import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRecords } from './idb';

function bodyRows(page: Page) {
  return page.getByRole('table', { name: 'Roles' }).locator('tbody tr');
}

function bulkRoles(count: number) {
  const now = Date.now();
  const roles = [];
  const applications = [];
  for (let i = 0; i < count; i += 1) {
    const id = `bulk-${String(i).padStart(4, '0')}`;
    roles.push({
      id,
      title: `Bulk role ${String(i).padStart(4, '0')}`,
      company: 'Acme',
      team: `Team ${i % 7}`,
      location: 'Remote',
      sourceUrl: '',
      archived: 0,
      progress: { required: { done: i % 5, total: 5 }, preferred: { done: 0, total: 0 } },
      lastActivityAt: now - i * 60_000,
      createdAt: now,
      updatedAt: now,
    });
    applications.push({
      id: `app-${id}`,
      roleId: id,
      status: i % 3 === 0 ? 'applied' : 'interested',
      channel: '',
      contact: '',
      nextAction: '',
      compensationNotes: '',
      createdAt: now,
      updatedAt: now,
    });
  }
  return { roles, applications };
}

test('the status filter narrows the table and says how many are shown', async ({ page }) => {
  await page.goto('/');
  await expect(bodyRows(page)).toHaveCount(5);
  const status = page.getByRole('combobox', { name: 'Filter by status' });
  await status.selectOption('applied');
  await expect(bodyRows(page)).toHaveCount(0);
  await expect(page.getByText('0 of 5 roles shown')).toBeVisible();
  await status.selectOption('interested');
  await expect(bodyRows(page)).toHaveCount(5);
  await status.selectOption('active');
  await expect(bodyRows(page)).toHaveCount(5);
  await status.selectOption('rejected');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveValue('all');
  await expect(page.getByText('5 roles you are tracking')).toBeVisible();
});

test('column visibility is remembered across reloads', async ({ page }) => {
  // Wide enough for every default column (a 1280-pixel window drops Last activity).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Roles' });
  await expect(table.getByRole('columnheader', { name: /Last activity/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Location/ })).toHaveCount(0);

  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Last activity' }).uncheck();
  await page.getByRole('checkbox', { name: 'Location' }).check();
  await expect(table.getByRole('columnheader', { name: /Last activity/ })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: /Location/ })).toBeVisible();

  await page.reload();
  await expect(table.getByRole('columnheader', { name: /Location/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Last activity/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Engineering Manager, HPC/ })).toContainText(
    'Remote',
  );
});

test('thousands of roles: only the rows in view are rendered, and scrolling reaches the end', async ({
  page,
}) => {
  await page.goto('/');
  await expect(bodyRows(page)).toHaveCount(5);
  await putRecords(page, bulkRoles(2000));
  await page.reload();
  await expect(page.getByText('2005 roles you are tracking')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Roles' })).toHaveAttribute('aria-rowcount', '2006');
  const rendered = await bodyRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);

  // Sorted by title, the last row is a sample role: scroll to it.
  await page.locator('.table-scroll').evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(
    page.getByRole('link', { name: 'Linux Server Software Engineering Manager' }),
  ).toBeVisible();
  expect(await bodyRows(page).count()).toBeLessThan(60);

  // Search still answers across all of them.
  await page.getByRole('searchbox', { name: 'Search roles' }).fill('Bulk role 1234');
  // The 2,000 roles written behind the app's back reach the search index by a rebuild in
  // slices, which on a busy 2-core machine can take longer than the default 5 s.
  await expect(page.getByRole('link', { name: 'Bulk role 1234' })).toBeVisible({
    timeout: 20_000,
  });
});
