/**
 * A stage's text fields typed in two windows (two pages of one browser context): the
 * later save shows both versions instead of overwriting the earlier one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdableTimers, timers } from './hold-timers';
import { dumpAll } from './idb';

const ROLE = 'Engineering Manager, LXD';

async function openInterviews(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await page.getByRole('tab', { name: 'Interviews' }).click();
}

function card(page: Page) {
  return page.getByRole('list', { name: 'Interview stages' }).getByRole('article', {
    name: 'Panel',
    exact: true,
  });
}

async function storedPrep(page: Page): Promise<string[]> {
  return ((await dumpAll(page)).stages as { prepNotes: string }[]).map((s) => s.prepNotes);
}

test('prep notes typed in two windows at once: the later save shows both', async ({ page: a }) => {
  await openInterviews(a);
  await a.getByRole('button', { name: '+ Add stage' }).click();
  const name = a.getByRole('textbox', { name: 'Name' });
  await name.fill('Panel');
  await name.blur();
  const prepA = card(a).getByRole('textbox', { name: 'Prep notes' });
  await expect(prepA).toBeVisible();

  const b = await a.context().newPage();
  await holdableTimers(b);
  await openInterviews(b);
  await card(b).getByRole('button', { name: 'Panel', exact: true }).click();
  const prepB = card(b).getByRole('textbox', { name: 'Prep notes' });

  // B's save waits while A types and saves.
  await timers(b, 'hold');
  await prepB.fill('Ask about on-call (B)');
  await prepA.fill('Read the LXD release notes (A)');
  await prepA.blur();
  await expect.poll(() => storedPrep(a)).toEqual(['Read the LXD release notes (A)']);
  await timers(b, 'release');

  const panel = b.getByRole('region', { name: '“Prep notes” was changed in another window' });
  await expect(panel).toContainText('Read the LXD release notes (A)');
  await expect(panel).toContainText('Ask about on-call (B)');
  expect(await storedPrep(a)).toEqual(['Read the LXD release notes (A)']);

  await panel.getByRole('button', { name: 'Keep mine' }).click();
  await expect(panel).toHaveCount(0);
  await expect(prepB).toHaveValue('Ask about on-call (B)');
  await expect.poll(() => storedPrep(a)).toEqual(['Ask about on-call (B)']);
  // A had nothing unsaved: it takes in B's choice.
  await expect(prepA).toHaveValue('Ask about on-call (B)');
});
