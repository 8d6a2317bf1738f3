import { expect, test } from './fixtures';

const LXD = 'Engineering Manager, LXD';

test('the posting’s duties are under the checklist, folded away until opened', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: LXD, exact: true }).click();
  await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
  const panel = page.locator('details.cl-responsibilities');
  const summary = panel.locator('summary');
  await expect(summary).toContainText('What you will do');
  const duty = panel.getByText('Lead a team of remote engineers', { exact: true });
  await expect(duty).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(duty).toBeVisible();
  // Read-only: the duties are text, not checklist items.
  await expect(page.getByRole('checkbox', { name: 'Lead a team of remote engineers' })).toHaveCount(
    0,
  );
});
