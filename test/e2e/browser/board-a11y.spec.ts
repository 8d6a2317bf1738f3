/**
 * The Board for everyone: axe finds no serious or critical violation, light and dark, at
 * 1280×800 and 900×650, with a folded and an opened exit column and the empty state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, column, openBoard } from './board-steps';

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      where,
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 650 },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const size = `${viewport.width}×${viewport.height}`;
    test.describe(`${colorScheme} mode, ${size}`, () => {
      test.use({ colorScheme, viewport });
      // axe walks the whole DOM per page: several seconds each on a slow machine.
      test.setTimeout(120_000);

      test('the Board has no serious accessibility violations', async ({ page }) => {
        await openBoard(page);
        const hpc = 'Engineering Manager, HPC';
        await page.getByRole('combobox', { name: `Move ${hpc} to` }).selectOption('Withdrawn');
        await expect(column(page, 'Withdrawn').getByRole('article', { name: hpc })).toBeVisible();
        // At this size too the moved card is in view and keeps the focus.
        await expect(card(page, hpc).getByRole('link', { name: hpc })).toBeFocused();
        await expect(card(page, hpc)).toBeInViewport();
        await expectNoSeriousViolations(page, `Board (${colorScheme}, ${size})`);

        await page.getByRole('searchbox', { name: 'Filter cards' }).fill('no such role');
        await expect(page.getByText('No cards match the filter.')).toBeVisible();
        await expectNoSeriousViolations(page, `Board, nothing matches (${colorScheme}, ${size})`);
      });
    });
  }
}
