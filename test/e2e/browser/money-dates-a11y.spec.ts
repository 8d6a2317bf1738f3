/**
 * axe finds no serious or critical violation where pay, closing dates and archived roles
 * show: the Roles table with an archived role shown and More filters open (a refused
 * amount in it), and a role's header and details with a pay range and a closing date.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROLE = 'Engineering Manager, LXD';

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      where,
      rule: violation.id,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`pay, closing dates and archived roles pass axe in ${colorScheme} mode`, async ({
    page,
  }) => {
    // axe walks the whole DOM twice: several seconds each on a busy machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Roles' });
    await table.getByRole('link', { name: ROLE, exact: true }).click();
    const panel = page.getByRole('region', { name: 'Application' });
    await panel.getByRole('button', { name: 'Details' }).click();
    const min = panel.getByRole('textbox', { name: 'Minimum pay', exact: true });
    await min.fill('80k');
    await min.press('Enter');
    await expect(panel.getByRole('definition')).toHaveText('From £80k / year');
    await panel.getByLabel('Posting closes').fill('2099-01-31');
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(page.locator('.role-flags')).toContainText('Closes 31 Jan 2099');
    // A refused amount shows its reason in the form.
    const max = panel.getByRole('textbox', { name: 'Maximum pay', exact: true });
    await max.fill('lots');
    await max.press('Enter');
    await expect(panel).toContainText('not an amount');
    await expectNoSeriousViolations(page, `role with pay and closing date (${colorScheme})`);

    await page.getByRole('link', { name: /^Roles/ }).click();
    await page.getByRole('button', { name: 'Show archived (1)' }).click();
    await expect(table.getByRole('button', { name: `Unarchive ${ROLE}` })).toBeVisible();
    await page.getByText('More filters').click();
    await page.getByRole('textbox', { name: 'Pays at least (a year)' }).fill('x');
    await expect(page.getByText('“x” is not an amount.')).toBeVisible();
    await expectNoSeriousViolations(page, `Roles with archived and filters (${colorScheme})`);
  });
}
