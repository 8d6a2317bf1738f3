import { expect, test } from './fixtures';
import {
  CLOUD_ITEM,
  LXD,
  PEOPLE_ITEM,
  chooseExport,
  downloadOf,
  frontMatter,
  notice,
  openRole,
  withoutExportTime,
} from './export-steps';

// The user is in Paris, as in the other export specs.
test.use({ timezoneId: 'Europe/Paris' });

test('export a role: Save as Markdown downloads a file with ticks, evidence and notes; Copy matches it; Save notes saves the notes alone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRole(page);

  // A tick with evidence.
  await page.getByRole('checkbox', { name: CLOUD_ITEM }).check();
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: CLOUD_ITEM, exact: true }) })
    .getByRole('button', { name: /evidence for/i })
    .click();
  const details = page.getByRole('group', { name: `Details of “${CLOUD_ITEM}”` });
  await details.getByRole('textbox', { name: 'Evidence' }).fill('Ran **LXD clusters** at scale.');
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  // A note whose text tries to break out of its section.
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const editor = page.getByRole('form', { name: 'Note editor' });
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('Recruiter call prep');
  await editor
    .getByRole('textbox', { name: 'Note text (Markdown)' })
    .fill('---\n# Not a heading\n\nAsk about the release cadence.');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('release cadence');

  // Export → Save as Markdown…
  const file = await downloadOf(page, () => chooseExport(page, 'Save as Markdown…'));
  expect(file.name).toMatch(/^engineering-manager-lxd.*\.md$/);
  await expect(notice(page, `Downloaded ${file.name}`)).toBeVisible();
  expect(frontMatter(file.text)).toMatchObject({ title: LXD, company: 'Canonical' });
  expect(file.text).toContain(`- [x] ${CLOUD_ITEM}\n\n  Ran **LXD clusters** at scale.\n`);
  expect(file.text).toContain(`- [ ] ${PEOPLE_ITEM}\n`);
  expect(file.text).toMatch(/^## Notes\n\n### Recruiter call prep — \d{1,2} \w{3} \d{4}$/m);
  expect(file.text).toContain('Ask about the release cadence.');
  // The note's "---" and "# " lines stay inside it: one title, one front matter block.
  expect(file.text.match(/^# /gm)).toHaveLength(1);
  expect(file.text.match(/^---$/gm)).toHaveLength(2);
  expect(file.text.endsWith('\n')).toBe(true);

  // The notes list's entry saves the notes alone, under front matter naming the role.
  const fromNotes = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Save notes as Markdown…' }).click(),
  );
  expect(fromNotes.name).toMatch(/^notes-engineering-manager-lxd.*\.md$/);
  expect(frontMatter(fromNotes.text)).toMatchObject({
    title: `Notes — ${LXD}`,
    role: LXD,
    notes: 1,
  });
  expect(fromNotes.text).toMatch(/^## Recruiter call prep — \d{1,2} \w{3} \d{4}$/m);
  expect(fromNotes.text).toContain('Ask about the release cadence.');
  expect(fromNotes.text).not.toContain(CLOUD_ITEM);
  expect(fromNotes.text.match(/^# /gm)).toHaveLength(1);

  // Copy as Markdown: the same document, on the clipboard.
  await chooseExport(page, 'Copy as Markdown');
  await expect(notice(page, `Copied ${LXD} as Markdown`)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(withoutExportTime(copied)).toBe(withoutExportTime(file.text));

  // Each export is in the role's activity log.
  await page.getByRole('tab', { name: 'Activity' }).click();
  const log = page.locator('.activity-summary');
  await expect(log.filter({ hasText: `Saved as Markdown (${file.name})` })).toHaveCount(1);
  await expect(
    log.filter({ hasText: `Saved the notes as Markdown (${fromNotes.name})` }),
  ).toHaveCount(1);
  await expect(log.filter({ hasText: 'Copied as Markdown' })).toHaveCount(1);
});
