/**
 * Activity tells the whole story: stages added from a template, a round scheduled and
 * its outcome, and a note written all show on the role's Activity tab.
 */
import { expect, test } from './fixtures';
import { edit, expectOrder, openRole } from './interviews-steps';
import { addNote } from './notes-steps';

test('stages added, scheduled and passed, and a note, are in the Activity tab', async ({
  page,
}) => {
  await openRole(page);
  await page.getByRole('button', { name: 'Create from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create stages from a template' });
  await dialog.getByRole('button', { name: 'Create 5 stages' }).click();
  await expectOrder(page, [
    'Recruiter call',
    'Hiring manager interview',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);

  const recruiter = await edit(page, 'Recruiter call');
  await recruiter.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await recruiter.getByLabel('Time', { exact: true }).fill('14:00');
  await expect(recruiter.getByLabel('Status')).toHaveValue('scheduled');
  await recruiter.getByLabel('Status').selectOption('passed');
  await expect(recruiter.getByLabel('Status')).toHaveValue('passed');

  await page.getByRole('tab', { name: 'Notes' }).click();
  await addNote(page, 'Recruiter call debrief', 'Salary band confirmed.');

  await page.getByRole('tab', { name: 'Activity' }).click();
  const entries = page.getByRole('tabpanel').getByRole('listitem');
  await expect(entries.filter({ hasText: 'Note: Recruiter call debrief' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Recruiter call: passed' })).toHaveCount(1);
  // The time went in as a day and then an hour: scheduled once, perhaps then moved.
  await expect(
    entries.filter({ hasText: /Recruiter call scheduled for \d+ Nov 2026/ }),
  ).toHaveCount(1);
  await expect(
    entries.filter({
      hasText:
        'Added 5 stages from Generic: Recruiter call, Hiring manager interview, Technical interview, Peer/panel interview, Offer call',
    }),
  ).toHaveCount(1);
});
