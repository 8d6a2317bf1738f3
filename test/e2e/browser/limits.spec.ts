/**
 * Length limits where the user types (issue 15): a count near the limit, a message past
 * it, nothing claims "Saved" for text that was not saved, and the text is kept.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROLE = 'Engineering Manager, LXD';
const CLOUD_ITEM =
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s';

/** 301 characters, no outer spaces (the title is trimmed); the limit is 300. */
const PREFIX = 'Recruiter call about the LXD team: ';
const LONG_TITLE = PREFIX + 'q'.repeat(301 - PREFIX.length);

async function openRole(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
}

const editor = (page: Page) => page.getByRole('form', { name: 'Note editor' });
const title = (page: Page) => editor(page).getByRole('textbox', { name: 'Title', exact: true });
const status = (page: Page) => editor(page).locator('.note-save-status');

/** Every text the editor's save status has shown on this page, in order. */
function statusHistory(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

/** Reads one object store straight from IndexedDB. */
function stored(page: Page, store: 'notes' | 'drafts'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => {
          reject(new Error('cannot open the database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
        };
      }),
    store,
  );
}

/** The role exported as Markdown (its notes are the last section). */
async function exportedNotes(page: Page): Promise<string> {
  const waiting = page.waitForEvent('download');
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: 'Save as Markdown…' })
    .click();
  return readFile(await (await waiting).path(), 'utf8');
}

test('a 301-character note title shows the limit, is never called Saved, is kept, and saves once shortened', async ({
  page,
}) => {
  // Record every status text the editor shows, on every page load, so a "Saved" that
  // flashes for a moment is caught too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { statusTexts: seen });
    new MutationObserver(() => {
      const text = document.querySelector('.note-save-status')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openRole(page);
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await expect(status(page)).toHaveText('Not saved: empty note');

  await title(page).fill(LONG_TITLE);
  await expect(
    editor(page).getByText('Title: 301 / 300 characters — shorten it to save'),
  ).toBeVisible();
  await expect(title(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(status(page)).toHaveText('Not saved: title is too long (301/300)');
  await expect.poll(async () => (await stored(page, 'drafts')).length).toBe(1);

  // Leaving the tab commits what was typed: the commit refuses it and the draft stays.
  await page.getByRole('tab', { name: 'Posting' }).click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(title(page)).toHaveValue(LONG_TITLE);
  await expect(status(page)).toHaveText('Not saved: title is too long (301/300)');
  expect(await stored(page, 'notes')).toEqual([]);

  // A reload keeps the text too.
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(title(page)).toHaveValue(LONG_TITLE);
  await expect(status(page)).toHaveText('Not saved: title is too long (301/300)');
  expect(await stored(page, 'notes')).toEqual([]);
  expect(await exportedNotes(page)).not.toContain('Recruiter call about the LXD team');
  expect(await statusHistory(page)).not.toContain('Saved');

  // Shortened to the limit: now it is a note, in the list and the export, and Saved.
  const fitting = LONG_TITLE.slice(0, 300);
  await title(page).fill(fitting);
  await expect(editor(page).getByText('300 / 300 characters')).toBeVisible();
  await expect(status(page)).toHaveText('Saved');
  await expect(
    page.getByRole('list', { name: 'Notes' }).getByRole('button', { name: fitting }),
  ).toBeVisible();
  const notes = await stored(page, 'notes');
  expect(notes.map((note) => note.title)).toEqual([fitting]);
  expect(await stored(page, 'drafts')).toEqual([]);
  expect(await exportedNotes(page)).toContain(`### ${fitting} — `);
});

test('each field family shows its count and message past the limit and keeps the text', async ({
  page,
}) => {
  await openRole(page);

  // Evidence.
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: CLOUD_ITEM, exact: true }) })
    .getByRole('button', { name: /evidence for/i })
    .click();
  const details = page.getByRole('group', { name: `Details of “${CLOUD_ITEM}”` });
  const evidence = details.getByRole('textbox', { name: 'Evidence' });
  await evidence.fill('x'.repeat(50_001));
  await expect(
    details.getByText('Evidence: 50,001 / 50,000 characters — shorten it to save'),
  ).toBeVisible();
  await expect(details.getByText('Not saved: evidence is too long (50,001/50,000)')).toBeVisible();
  await expect(evidence).toHaveValue('x'.repeat(50_001));

  // A custom checklist item.
  const add = page.getByRole('form', { name: 'Add an item' });
  const itemText = add.getByRole('textbox', { name: 'Add your own item' });
  await itemText.fill('i'.repeat(1001));
  await expect(add.getByText('Item: 1,001 / 1,000 characters — shorten it to save')).toBeVisible();
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(itemText).toHaveValue('i'.repeat(1001));

  // An application field.
  const application = page.getByRole('region', { name: 'Application' });
  await application.getByRole('button', { name: 'Details' }).click();
  const contact = application.getByRole('textbox', { name: 'Contact' });
  await contact.fill('c'.repeat(201));
  await contact.press('Enter');
  await expect(
    application.getByText('Contact: 201 / 200 characters — shorten it to save'),
  ).toBeVisible();
  await expect(contact).toHaveValue('c'.repeat(201));

  // A stage field: kept over the limit even when the card is closed and opened again.
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const interviewers = page.getByRole('textbox', { name: 'Interviewers' });
  await interviewers.fill('a'.repeat(2001));
  await interviewers.blur();
  await expect(
    page.getByText('Interviewers: 2,001 / 2,000 characters — shorten it to save'),
  ).toBeVisible();
  await expect
    .poll(async () =>
      (await stored(page, 'drafts')).some((d) => String(d.key).endsWith(':interviewers')),
    )
    .toBe(true);
  const toggle = page.locator('.stage-toggle').first();
  await toggle.click();
  await expect(interviewers).toHaveCount(0);
  await toggle.click();
  await expect(interviewers).toHaveValue('a'.repeat(2001));

  // A note tag.
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await editor(page)
    .getByRole('textbox', { name: 'Tags' })
    .fill(`prep, ${'t'.repeat(61)}`);
  await expect(
    editor(page).getByText(`Tag “${'t'.repeat(20)}…”: 61 / 60 characters — shorten it to save`),
  ).toBeVisible();
  await expect(status(page)).toHaveText(`Not saved: tag “${'t'.repeat(20)}…” is too long (61/60)`);
});
