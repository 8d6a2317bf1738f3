/** What the interviews specs share: the role, its Interviews tab and ways to reach a stage. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const ROLE = 'Engineering Manager, LXD';

export async function openInterviews(page: Page) {
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await expect(page.getByRole('tab', { name: 'Interviews' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

export async function openRole(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
  await openInterviews(page);
}

export function stageList(page: Page): Locator {
  return page.getByRole('list', { name: 'Interview stages' });
}

export function stage(page: Page, name: string): Locator {
  return stageList(page).getByRole('article', { name, exact: true });
}

/** The order shown, and stored: the list is busy while a new order is being written. */
export async function expectOrder(page: Page, names: string[]) {
  await expect(stageList(page).locator('.stage-name')).toHaveText(names);
  await expect(stageList(page)).toHaveAttribute('aria-busy', 'false');
}

/** Opens a stage's editor (if closed) and returns its card. */
export async function edit(page: Page, name: string): Promise<Locator> {
  const card = stage(page, name);
  const toggle = card.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return card;
}

/** Reads the activity log straight from IndexedDB, as a second witness to the UI. */
export async function storedActivitySummaries(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => {
          reject(new Error('cannot open the database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('activities').objectStore('activities').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { summary: string }[]).map((a) => a.summary));
          };
        };
      }),
  );
}
