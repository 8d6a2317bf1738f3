/** The posting, its checklist wording and the steps shared by the import and re-parse specs. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const POSTING = readFileSync(
  new URL('../../fixtures/postings/medius-devops.md', import.meta.url),
  'utf8',
);
export const TITLE = 'DevOps Engineer';
export const CLOUD = 'Robust experience in cloud infrastructure (Azure is a plus!)';
export const CODE = 'Must be able to solve problems with code (C#, PowerShell, Python, or similar)';
export const TOOLS =
  'Familiarity with CI/CD tools, monitoring solutions, and both Windows and Linux environments';
export const CURIOUS =
  'A proactive, curious individual with a passion for discovering and leveraging new cloud technologies';
export const TRACK = 'A proven track record of implementing change and improvements across teams';
/** Merge joins with '; ' when the first item has no end punctuation (shared/import/review). */
export const TOOLS_AND_CURIOUS = `${TOOLS}; ${CURIOUS}`;
export const ADDED = 'Comfortable presenting to executives';

export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** The wording of the review step's items in one group, top to bottom. */
export function reviewItems(page: Page, kind: 'Required' | 'Preferred'): Locator {
  return dialog(page).getByRole('textbox', { name: new RegExp(`^${kind} item \\d+$`) });
}

/** The wording of a checklist group's items, top to bottom. */
export async function checklist(page: Page, name: 'Required' | 'Preferred'): Promise<string[]> {
  return page
    .getByRole('region', { name })
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
}

/** Opens New role, pastes POSTING and goes on to the review step. */
export async function reviewPasted(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New role' }).click();
  await dialog(page).getByRole('textbox', { name: 'Posting text' }).fill(POSTING);
  await dialog(page).getByRole('button', { name: 'Review' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Review the new role' })).toBeVisible();
}

/** axe on the open dialog only: the page behind it is checked by a11y.spec.ts. */
export async function expectAccessibleDialog(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ where, rule: violation.id, nodes: violation.nodes.length }));
  expect(results.passes.length, `axe checked something in ${where}`).toBeGreaterThan(0);
  expect(serious, `axe violations in ${where}`).toEqual([]);
}
