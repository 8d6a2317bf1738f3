import { expect, test } from './fixtures';

test('keyboard shortcuts: go to Agenda and Roles, search, switch tabs, list them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Engineering Manager, HPC' }).click();
  const tab = (name: string) => page.getByRole('tab', { name });
  await expect(tab('Checklist')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+]');
  await expect(tab('Interviews')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+[');
  await page.keyboard.press('Control+[');
  await expect(tab('Activity')).toHaveAttribute('aria-selected', 'true');

  // Search from anywhere: the palette opens over this screen and leads to the result.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search everything' })).toBeFocused();
  await page.keyboard.type('kubeflow');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager - MLOps & Analytics', level: 1 }),
  ).toBeVisible();

  await page.keyboard.press('Control+/');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Go to Agenda/ })).toContainText('Ctrl+2');
  await expect(dialog.getByRole('row', { name: /New note/ })).toContainText('Ctrl+N');
  // Keys with no menu item are listed too, apart.
  await expect(
    dialog
      .getByRole('table', { name: 'Where the focus is' })
      .getByRole('row', { name: /Board card/ }),
  ).toContainText('Alt+→ / Alt+←');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the new-note shortcut opens the Notes tab of the open role', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Engineering Manager, LXD' }).click();
  await expect(page.getByRole('tab', { name: 'Checklist' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
});
