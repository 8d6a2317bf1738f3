/** Steps shared by the Board's tests: finding columns and cards, dragging, bulk data. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A status column, by its heading ("Applied 2 cards"). */
export function column(page: Page, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${label} \\d+ cards?$`) });
}

export function card(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true });
}

export async function openBoard(page: Page) {
  await page.goto('/');
  // The shortcuts are live once the roles show. The first launch seeds the sample roles
  // first, which on a loaded machine can take longer than the default wait.
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5, {
    timeout: 15_000,
  });
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }),
  ).toHaveAttribute('aria-current', 'page');
}

/** Drags a card with the mouse, in small steps as a hand would, onto a column. */
export async function dragCard(page: Page, title: string, to: string) {
  // A card below its column's fold is scrolled to first, as a hand would.
  await card(page, title).getByRole('link').scrollIntoViewIfNeeded();
  const from = await card(page, title).getByRole('link').boundingBox();
  if (!from) throw new Error(`${title} is not on screen`);
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 3 });
  // The board may scroll under a moving drag (as it should, near its edges): aim at
  // where the column is now, until it shows it is the one under the card.
  await expect(async () => {
    const target = await column(page, to).boundingBox();
    if (!target) throw new Error(`${to} is not on screen`);
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 10 });
    await expect(column(page, to)).toHaveClass(/board-column-over/, { timeout: 1000 });
  }).toPass();
  await page.mouse.up();
}

/** `count` roles with an application each, written past the app (reload after). */
export function bulkBoardRoles(count: number) {
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
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
    });
    applications.push({
      id: `app-${id}`,
      roleId: id,
      status: 'interested',
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

/** Sets a role's stored `archived` flag directly, as an archive would. */
export async function archiveByTitle(page: Page, title: string) {
  await page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shortlist');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('roles', 'readwrite');
      const store = tx.objectStore('roles');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current) return;
        const role = current.value as { title: string; archived: number };
        if (role.title === title) current.update({ ...role, archived: 1 });
        current.continue();
      };
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(new Error(String(tx.error)));
      };
    });
    db.close();
  }, title);
}
