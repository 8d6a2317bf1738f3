import { expect, test } from './fixtures';
import {
  openNotes,
  reloadToNotes,
  editor,
  field,
  row,
  item,
  rowTitles,
  storedNotes,
  addNote,
} from './notes-steps';

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
