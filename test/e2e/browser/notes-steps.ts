/** What the notes specs share: the role, its Notes tab and the editor's fields. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const ROLE = 'Engineering Manager, LXD';

export async function openNotes(page: Page, title = ROLE) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();
}

/** After a reload the role screen opens on its first tab: go back to Notes. */
export async function reloadToNotes(page: Page) {
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
}

export function editor(page: Page) {
  return page.getByRole('form', { name: 'Note editor' });
}

export function field(page: Page, name: 'Title' | 'Tags' | 'Note text (Markdown)') {
  return editor(page).getByRole('textbox', { name, exact: true });
}

export function notesList(page: Page) {
  return page.getByRole('list', { name: 'Notes' });
}

export function row(page: Page, title: string) {
  return notesList(page).getByRole('button', { name: title, exact: true });
}

/** The whole row of a note: title, date, tags, snippet. */
export function item(page: Page, title: string) {
  return notesList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

/** Row titles, top to bottom (a new, uncommitted note shows as "New note"). */
export async function rowTitles(page: Page): Promise<string[]> {
  return notesList(page).locator('.note-row-open, .note-row-title').allInnerTexts();
}

/** The stored notes, read straight from IndexedDB. */
export async function storedNotes(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
        };
      }),
  );
}

export async function addNote(page: Page, title: string, body: string, tags = '') {
  await page.getByRole('button', { name: 'New note' }).first().click();
  await expect(field(page, 'Title')).toBeFocused();
  await field(page, 'Title').fill(title);
  if (tags) await field(page, 'Tags').fill(tags);
  await field(page, 'Note text (Markdown)').fill(body);
  // Committed: the row carries the title once the draft has become a note.
  await expect(row(page, title)).toBeVisible();
}
