/**
 * Two windows (two pages of one browser context: one origin, one IndexedDB) on the same
 * data. Neither window's typing is lost to the other's autosave, and a restore in one is
 * not undone by edits pending in the other.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdableTimers, timers } from './hold-timers';
import { dumpAll } from './idb';

const ROLE = 'Engineering Manager, LXD';
const NOTE_CONFLICT = 'This note was changed in another window';
const CLOUD_ITEM =
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s';

async function openNotes(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();
}

function editor(page: Page) {
  return page.getByRole('form', { name: 'Note editor' });
}

function body(page: Page) {
  return editor(page).getByRole('textbox', { name: 'Note text (Markdown)', exact: true });
}

async function saved(page: Page) {
  await expect(editor(page).locator('.note-save-status')).toHaveText('Saved');
}

function conflict(page: Page) {
  return page.getByRole('region', { name: NOTE_CONFLICT });
}

/** The one note's body, straight from IndexedDB. */
async function storedBody(page: Page): Promise<string[]> {
  const rows = (await dumpAll(page)).notes as { body: string }[];
  return rows.map((row) => row.body);
}

/** Window A creates a note; window B opens it too. Both can hold their autosave timers. */
async function sharedNote(page: Page): Promise<Page> {
  await holdableTimers(page);
  await openNotes(page);
  await page.getByRole('button', { name: 'New note' }).click();
  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('Shared plan');
  await body(page).fill('kept');
  await saved(page);
  const other = await page.context().newPage();
  await holdableTimers(other);
  await openNotes(other);
  await other
    .getByRole('list', { name: 'Notes' })
    .getByRole('button', { name: 'Shared plan' })
    .click();
  await expect(body(other)).toHaveValue('kept');
  return other;
}

/** `late` types while its commit waits; `early` types and saves first. */
async function race(late: Page, lateText: string, early: Page, earlyText: string) {
  await timers(late, 'hold');
  await body(late).fill(lateText);
  await body(early).fill(earlyText);
  await saved(early);
  await timers(late, 'release');
}

test('one note typed in two windows at once: the later sees both versions and chooses', async ({
  page: a,
}) => {
  const b = await sharedNote(a);

  await race(b, 'kept\nfrom B', a, 'kept\nfrom A');
  // B's text was not written over A's: B is shown both.
  await expect(conflict(b)).toContainText('from A');
  await expect(conflict(b)).toContainText('from B');
  await expect(editor(b).locator('.note-save-status')).toHaveText(
    'Not saved: changed in another window',
  );
  expect(await storedBody(a)).toEqual(['kept\nfrom A']);

  // Keep both: one after the other, to edit into one.
  await conflict(b).getByRole('button', { name: 'Keep both' }).click();
  const both = 'kept\nfrom A\n\nkept\nfrom B';
  await expect(body(b)).toHaveValue(both);
  await saved(b);
  await expect(conflict(b)).toHaveCount(0);
  await expect.poll(() => storedBody(a)).toEqual([both]);
  // A had nothing unsaved: it shows the new version and builds on it.
  await expect(body(a)).toHaveValue(both);
  await saved(a);

  // The other way round: A is told, and keeps B's version.
  await race(a, 'A again', b, 'B final');
  await expect(conflict(a)).toContainText('B final');
  await conflict(a).getByRole('button', { name: 'Keep theirs' }).click();
  await expect(body(a)).toHaveValue('B final');
  await saved(a);
  expect(await storedBody(a)).toEqual(['B final']);

  // And A keeps its own text over B's.
  await race(a, 'A final', b, 'B last');
  await expect(conflict(a)).toContainText('B last');
  await conflict(a).getByRole('button', { name: 'Keep mine' }).click();
  await saved(a);
  await expect.poll(() => storedBody(a)).toEqual(['A final']);
  await expect(body(b)).toHaveValue('A final');
  // Nothing left over: every draft went into the note.
  expect((await dumpAll(a)).drafts).toEqual([]);
});

test('a restore in one window: the other drops its unsaved typing, reloads and says so', async ({
  page: a,
}) => {
  const b = await sharedNote(a);
  await body(b).fill('kept\nunsaved in B');
  await saved(b);

  // Back up in A, as things are now.
  await a.getByRole('button', { name: 'Backup & restore' }).click();
  const dialog = a.getByRole('dialog', { name: 'Backup & restore' });
  const downloading = a.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up now…' }).click();
  const backup = await readFile(await (await downloading).path());
  await expect(dialog.getByRole('status')).toContainText('Saved to shortlist-backup-');
  const backedUp = await dumpAll(a);

  // B goes on typing (a draft, and a commit due in a second), then A restores.
  await body(b).fill('kept\nunsaved in B\nand more, after the backup');
  const chooser = a.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  const confirm = a.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(dialog.getByRole('status')).toContainText('Restored the backup from');

  await expect(
    b.getByText('Your data was restored in another window; this window reloaded.'),
  ).toBeVisible();
  await expect(editor(b)).toHaveCount(0);
  // The database is the backup, exactly: nothing of B's typing, no draft of it.
  expect(await dumpAll(a)).toEqual(backedUp);
  // B, reloaded, works on the restored data.
  await b.getByRole('tab', { name: 'Notes' }).click();
  await b.getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'Shared plan' }).click();
  await expect(body(b)).toHaveValue('kept\nunsaved in B');
  expect(await dumpAll(a)).toEqual(backedUp);
});

/** The evidence box of the cloud item, its details opened. */
async function openEvidence(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await page.getByRole('button', { name: `Add evidence for “${CLOUD_ITEM}”` }).click();
  return page
    .getByRole('group', { name: `Details of “${CLOUD_ITEM}”` })
    .getByRole('textbox', { name: 'Evidence' });
}

async function storedEvidence(page: Page): Promise<string | undefined> {
  const rows = (await dumpAll(page)).requirements as { text: string; evidence: string }[];
  return rows.find((row) => row.text === CLOUD_ITEM)?.evidence;
}

test('evidence typed in two windows at once: the later save shows both', async ({ page: a }) => {
  const b = await a.context().newPage();
  await holdableTimers(b);
  const evidenceB = await openEvidence(b);
  const evidenceA = await openEvidence(a);

  // B's save waits while A types and saves.
  await timers(b, 'hold');
  await evidenceB.fill('Ran LXD clusters (B)');
  await evidenceA.fill('Ran LXD clusters (A)');
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();
  await timers(b, 'release');

  const panel = b.getByRole('region', { name: 'This evidence was changed in another window' });
  await expect(panel).toContainText('Ran LXD clusters (A)');
  await expect(panel).toContainText('Ran LXD clusters (B)');
  expect(await storedEvidence(a)).toBe('Ran LXD clusters (A)');

  await panel.getByRole('button', { name: 'Keep both' }).click();
  const both = 'Ran LXD clusters (A)\n\nRan LXD clusters (B)';
  await expect(evidenceB).toHaveValue(both);
  await expect(panel).toHaveCount(0);
  await expect.poll(() => storedEvidence(a)).toBe(both);
  // A was idle: it takes in the result.
  await expect(evidenceA).toHaveValue(both);
});
