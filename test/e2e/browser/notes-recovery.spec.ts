import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  openNotes,
  reloadToNotes,
  editor,
  field,
  notesList,
  row,
  item,
  rowTitles,
  addNote,
  storedNotes,
} from './notes-steps';
import { getByIndex, putRecords } from './idb';

test('text typed just before a reload is kept, in a saved note and in a new one', async ({
  page,
}) => {
  await openNotes(page);
  await addNote(page, 'Interview prep', 'Start.');
  // Typed, then the window reloads at once: well inside every debounce.
  await field(page, 'Note text (Markdown)').press('End');
  await field(page, 'Note text (Markdown)').pressSequentially(' Then STAR stories.');
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(item(page, 'Interview prep')).toContainText('Start. Then STAR stories.');
  await row(page, 'Interview prep').click();
  await expect(field(page, 'Note text (Markdown)')).toHaveValue('Start. Then STAR stories.');

  // A new note that was never committed comes back in its editor.
  await page.getByRole('button', { name: 'New note' }).click();
  await field(page, 'Title').pressSequentially('Unsaved thoughts');
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(field(page, 'Title')).toHaveValue('Unsaved thoughts');
  await field(page, 'Note text (Markdown)').fill('Now it is a note.');
  await expect(row(page, 'Unsaved thoughts')).toBeVisible();
  await reloadToNotes(page);
  // Polled: after the reload the list may not have drawn both rows yet.
  await expect
    .poll(async () => (await rowTitles(page)).sort())
    .toEqual(['Interview prep', 'Unsaved thoughts']);
});

test('text typed just before a reload is kept even while another write holds the drafts', async ({
  page,
}) => {
  await openNotes(page);
  await addNote(page, 'Busy disk', 'Start.');
  await field(page, 'Note text (Markdown)').press('End');
  await field(page, 'Note text (Markdown)').pressSequentially(' Then STAR stories.');
  // A long write to the drafts store is running as the page goes: the page's own last
  // write waits behind it, and the browser drops what waits when the page unloads.
  await page.evaluate(() => {
    const open = indexedDB.open('shortlist');
    open.onsuccess = () => {
      const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
      for (let i = 0; i < 20_000; i += 1) {
        store.put({ key: `busy:${String(i)}`, roleId: 'busy', value: {}, updatedAt: i });
      }
    };
  });
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(item(page, 'Busy disk')).toContainText('Start. Then STAR stories.');
});

test('text typed just before switching tab or screen is kept', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'Moving on', 'One.');
  await field(page, 'Note text (Markdown)').press('End');
  await field(page, 'Note text (Markdown)').pressSequentially(' Two.');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(item(page, 'Moving on')).toContainText('One. Two.');

  await row(page, 'Moving on').click();
  await field(page, 'Note text (Markdown)').press('End');
  await field(page, 'Note text (Markdown)').pressSequentially(' Three.');
  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await page.goBack();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(item(page, 'Moving on')).toContainText('One. Two. Three.');
});

test('a draft another window still holds is committed the moment that window lets go', async ({
  page,
  context,
}) => {
  await openNotes(page);
  await addNote(page, 'Held', 'Old text.');
  const note = (await storedNotes(page)).find((stored) => stored.title === 'Held');
  if (!note) throw new Error('the note was not stored');
  // Another window's editor has this note open, with text it has not committed yet.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => {
    void navigator.locks.request(
      'shortlist-editor:other-editor',
      () =>
        new Promise<void>((resolve) => {
          (window as unknown as { letGo: () => void }).letGo = resolve;
        }),
    );
  });
  const draft = {
    key: `note:${String(note.id)}@other-editor`,
    roleId: note.roleId,
    value: {
      title: 'Held',
      body: 'Old text. New text.',
      tags: '',
      pinned: false,
      stageId: '',
      base: note.updatedAt,
    },
    updatedAt: Date.now(),
  };
  await putRecords(other, { drafts: [draft] });

  await reloadToNotes(page);
  await expect(item(page, 'Held')).toContainText('Old text.');
  // Still that window's: not taken over while it is open.
  await expect
    .poll(() => getByIndex(page, 'drafts', 'roleId', String(note.roleId)))
    .toHaveLength(1);
  await expect(item(page, 'Held')).not.toContainText('New text.');

  // The other window goes (as a reloaded page's old document does): the text comes in.
  await other.evaluate(() => {
    (window as unknown as { letGo: () => void }).letGo();
  });
  await expect(item(page, 'Held')).toContainText('Old text. New text.');
  await expect
    .poll(() => getByIndex(page, 'drafts', 'roleId', String(note.roleId)))
    .toHaveLength(0);
});

test('hostile note content stays inert: no dialog, no element, no navigation', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openNotes(page);
  const url = page.url();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  const hostile = [
    '<img src=x onerror=alert(1)>',
    '',
    '<script>alert(1)</script>',
    '',
    '[click](javascript:alert(1))',
    '',
    'Inline <img src=y onerror=alert(2)> too.',
  ].join('\n');
  await page.getByRole('button', { name: 'New note' }).click();
  await field(page, 'Title').fill('<img src=x onerror=alert(1)>');
  await field(page, 'Note text (Markdown)').fill(hostile);
  const preview = editor(page).getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('click');
  await expect(preview).toContainText('Inline');

  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(preview.locator('a')).toHaveCount(0);
  await preview.getByText('click', { exact: true }).click();

  // The list shows the title and the body as plain text.
  const hostileItem = item(page, '<img src=x onerror=alert(1)>');
  await expect(hostileItem).toBeVisible();
  await expect(hostileItem).toContainText('<img src=x onerror=alert(1)> <script>alert(1)</script>');
  await expect(page.locator('.notes img, .notes script')).toHaveCount(0);

  await reloadToNotes(page);
  await row(page, '<img src=x onerror=alert(1)>').click();
  await expect(field(page, 'Note text (Markdown)')).toHaveValue(hostile);
  await expect(editor(page).locator('img, script')).toHaveCount(0);

  expect(dialogs).toEqual([]);
  // Only the reload itself navigated.
  expect(navigations).toEqual([url]);
  expect(page.url()).toBe(url);
});

test('the New note shortcut opens an empty note on the Notes tab', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'First', 'one');
  await page.keyboard.press('ControlOrMeta+n');
  await expect(field(page, 'Title')).toHaveValue('');
  await expect(field(page, 'Title')).toBeFocused();
  await expect(notesList(page).getByText('New note', { exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the notes list and editor have no serious accessibility violations (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openNotes(page);
    await addNote(page, 'Prep', '# Heading\n\n- a [link](https://example.com)', 'tag');
    await editor(page).getByRole('checkbox', { name: 'Pin to top' }).check();
    await expect(item(page, 'Prep')).toContainText('Pinned');
    await page.getByRole('button', { name: 'New note' }).click();
    await expect(notesList(page).getByText('New note', { exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.notes').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  });
}
