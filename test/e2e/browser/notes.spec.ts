import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROLE = 'Engineering Manager, LXD';

async function openNotes(page: Page, title = ROLE) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();
}

/** After a reload the role screen opens on its first tab: go back to Notes. */
async function reloadToNotes(page: Page) {
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
}

function editor(page: Page) {
  return page.getByRole('form', { name: 'Note editor' });
}

function field(page: Page, name: 'Title' | 'Tags' | 'Note text (Markdown)') {
  return editor(page).getByRole('textbox', { name, exact: true });
}

function notesList(page: Page) {
  return page.getByRole('list', { name: 'Notes' });
}

function row(page: Page, title: string) {
  return notesList(page).getByRole('button', { name: title, exact: true });
}

/** The whole row of a note: title, date, tags, snippet. */
function item(page: Page, title: string) {
  return notesList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

/** Row titles, top to bottom (a new, uncommitted note shows as "New note"). */
async function rowTitles(page: Page): Promise<string[]> {
  return notesList(page).locator('.note-row-open, .note-row-title').allInnerTexts();
}

/** The stored notes, read straight from IndexedDB. */
async function storedNotes(page: Page): Promise<Record<string, unknown>[]> {
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

async function addNote(page: Page, title: string, body: string, tags = '') {
  await page.getByRole('button', { name: 'New note' }).first().click();
  await expect(field(page, 'Title')).toBeFocused();
  await field(page, 'Title').fill(title);
  if (tags) await field(page, 'Tags').fill(tags);
  await field(page, 'Note text (Markdown)').fill(body);
  // Committed: the row carries the title once the draft has become a note.
  await expect(row(page, title)).toBeVisible();
}

test('empty state, add a note with tags and a live preview, and it survives a reload', async ({
  page,
}) => {
  await openNotes(page);
  await expect(page.getByRole('heading', { name: 'No notes yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New note' }).click();
  await field(page, 'Title').fill('Questions for the hiring manager');
  await field(page, 'Tags').fill('prep, questions,  Prep ,');
  await expect(
    editor(page).getByRole('list', { name: 'Tags of this note' }).getByRole('listitem'),
  ).toHaveText(['prep×', 'questions×']);
  await field(page, 'Note text (Markdown)').fill('## Team\n\n- How is **on-call** shared?');
  const preview = editor(page).getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('on-call');

  const added = item(page, 'Questions for the hiring manager');
  await expect(added).toBeVisible();
  await expect(added).toContainText('prep');
  await expect(added).toContainText('Team How is on-call shared?');

  await reloadToNotes(page);
  await expect(row(page, 'Questions for the hiring manager')).toBeVisible();
  await row(page, 'Questions for the hiring manager').click();
  await expect(field(page, 'Tags')).toHaveValue('prep, questions');
  await expect(field(page, 'Note text (Markdown)')).toHaveValue(
    '## Team\n\n- How is **on-call** shared?',
  );
  const stored = await storedNotes(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ title: 'Questions for the hiring manager', pinned: 0 });
  expect(stored[0]?.tags).toEqual(['prep', 'questions']);
});

test('edit a note, delete it, and Undo brings it back exactly', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'Recruiter call', 'Salary band asked.', 'call');
  await field(page, 'Title').fill('Recruiter call, 3 March');
  await field(page, 'Note text (Markdown)').fill('Salary band asked. Next: hiring manager.');
  await expect(row(page, 'Recruiter call, 3 March')).toBeVisible();
  await expect(item(page, 'Recruiter call, 3 March')).toContainText('Next: hiring manager.');
  const before = await storedNotes(page);
  expect(before).toHaveLength(1);

  await editor(page).getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Recruiter call, 3 March”.');
  await expect(page.getByRole('heading', { name: 'No notes yet' })).toBeVisible();
  expect(await storedNotes(page)).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Recruiter call, 3 March')).toBeVisible();
  await expect(field(page, 'Title')).toHaveValue('Recruiter call, 3 March');
  expect(await storedNotes(page)).toEqual(before);

  await reloadToNotes(page);
  await expect(row(page, 'Recruiter call, 3 March')).toBeVisible();
  expect(await storedNotes(page)).toEqual(before);
});

test('a pinned note goes to the top and stays there after a reload', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'Older note', 'first');
  await addNote(page, 'Newer note', 'second');
  await expect.poll(() => rowTitles(page)).toEqual(['Newer note', 'Older note']);

  await row(page, 'Older note').click();
  await editor(page).getByRole('checkbox', { name: 'Pin to top' }).check();
  await expect.poll(() => rowTitles(page)).toEqual(['Older note', 'Newer note']);
  await expect(item(page, 'Older note')).toContainText('Pinned');

  await reloadToNotes(page);
  await expect.poll(() => rowTitles(page)).toEqual(['Older note', 'Newer note']);
  await row(page, 'Older note').click();
  await expect(editor(page).getByRole('checkbox', { name: 'Pin to top' })).toBeChecked();
  await editor(page).getByRole('checkbox', { name: 'Pin to top' }).uncheck();
  await expect.poll(() => rowTitles(page)).toEqual(['Older note', 'Newer note']);
  await expect(item(page, 'Older note')).not.toContainText('Pinned');
});

test('search filters the notes by title, body and tags', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'Landscape architecture', 'Ask about the Juju charms.', 'tech');
  await addNote(page, 'Compensation', 'Equity and the salary band.', 'money, offer');
  await addNote(page, 'Team shape', 'Eight engineers across three time zones.');
  const search = page.getByRole('searchbox', { name: 'Search notes' });

  await search.fill('JUJU');
  await expect.poll(() => rowTitles(page)).toEqual(['Landscape architecture']);
  await expect(page.getByText('1 of 3 notes')).toBeVisible();
  await search.fill('offer');
  await expect.poll(() => rowTitles(page)).toEqual(['Compensation']);
  await search.fill('team');
  await expect.poll(() => rowTitles(page)).toEqual(['Team shape']);
  await search.fill('band salary');
  await expect.poll(() => rowTitles(page)).toEqual(['Compensation']);
  await search.fill('kubernetes');
  await expect(page.getByText('No notes match “kubernetes”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toHaveValue('');
  await expect.poll(() => rowTitles(page)).toHaveLength(3);
});

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
