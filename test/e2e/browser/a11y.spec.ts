/**
 * Accessibility: axe-core finds no serious or critical violation on Roles, each tab of a
 * role, the Agenda and the Stories screens, in light and in dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROLE_TABS = ['Checklist', 'Interviews', 'Notes', 'Posting', 'Activity'];

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      where,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    // axe walks the whole DOM per page: several seconds each on a slow machine.
    test.setTimeout(120_000);

    test('Roles and Agenda have no serious accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
      await expectNoSeriousViolations(page, `Roles (${colorScheme})`);
      await page.getByRole('link', { name: 'Agenda' }).click();
      await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, `Agenda (${colorScheme})`);
    });

    test('Stories, a story and an item with its story have none either', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Stories' }).click();
      await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
      await expectNoSeriousViolations(page, `Stories, empty (${colorScheme})`);
      await page.getByRole('button', { name: 'Write your first story' }).click();
      await page.getByRole('textbox', { name: 'Story title' }).fill('Led a migration');
      await page.getByRole('textbox', { name: 'Tags' }).fill('ops');
      await expect(page.getByText('Saved', { exact: true })).toBeVisible();
      await expectNoSeriousViolations(page, `A story (${colorScheme})`);
      await page.getByRole('link', { name: '← All stories' }).click();
      await expect(page.getByRole('link', { name: 'Led a migration' })).toBeVisible();
      await expectNoSeriousViolations(page, `Stories (${colorScheme})`);
      await page.getByRole('link', { name: /^Roles/ }).click();
      await page.getByRole('link', { name: 'Engineering Director, Landscape' }).click();
      await page
        .getByRole('button', { name: /evidence for/i })
        .first()
        .click();
      await page.getByRole('button', { name: 'Use a story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Use a story' });
      await expectNoSeriousViolations(page, `Use a story (${colorScheme})`);
      await dialog.getByRole('button', { name: /^Led a migration/ }).click();
      await expect(page.locator('.cl-stories-chip')).toHaveText('Supported by 1 story');
      await expectNoSeriousViolations(page, `An item with its story (${colorScheme})`);
    });

    test('every tab of a role has no serious accessibility violations', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Engineering Director, Landscape' }).click();
      await expect(
        page.getByRole('heading', { name: 'Engineering Director, Landscape', level: 1 }),
      ).toBeVisible();
      for (const name of ROLE_TABS) {
        await page.getByRole('tab', { name }).click();
        await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByRole('tabpanel')).toBeVisible();
        await expectNoSeriousViolations(page, `Role → ${name} (${colorScheme})`);
      }
    });
  });
}
