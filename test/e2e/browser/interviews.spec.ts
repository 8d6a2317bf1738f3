import { afterQueuedTimers, expect, test } from './fixtures';
import {
  ROLE,
  openInterviews,
  openRole,
  stage,
  expectOrder,
  edit,
  storedActivitySummaries,
} from './interviews-steps';

// The user is in Paris; interviews are arranged in London and New York time.
test.use({ timezoneId: 'Europe/Paris' });

test('stages from a template: schedule, record an outcome, reorder, delete and undo, reload', async ({
  page,
}) => {
  await openRole(page);
  await expect(page.getByRole('heading', { name: 'No interview stages yet' })).toBeVisible();

  // Create the generic set.
  await page.getByRole('button', { name: 'Create from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create stages from a template' });
  await expect(dialog.getByRole('radio', { name: /Generic/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create 5 stages' }).click();
  await expect(dialog).toBeHidden();
  await expectOrder(page, [
    'Recruiter call',
    'Hiring manager interview',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);

  // Schedule two: one zone first then the time, the other the time first then the zone.
  const recruiter = await edit(page, 'Recruiter call');
  await expect(recruiter.getByLabel('Time zone')).toHaveValue('Europe/Paris');
  await recruiter.getByLabel('Time zone').selectOption('Europe/London');
  await recruiter.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await recruiter.getByLabel('Time', { exact: true }).fill('14:00');
  const recruiterWhen = 'Thu 26 Nov, 15:00–15:30 (your time) · 14:00 London (GMT)';
  await expect(recruiter.getByText(recruiterWhen).first()).toBeVisible();
  await expect(recruiter.getByLabel('Status')).toHaveValue('scheduled');

  const technical = await edit(page, 'Technical interview');
  await technical.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await technical.getByLabel('Time', { exact: true }).fill('10:00');
  await technical.getByLabel('Time zone').selectOption('America/New_York');
  const technicalWhen = 'Tue 1 Dec, 16:00–17:00 (your time) · 10:00 New York (GMT-5)';
  await expect(technical.getByText(technicalWhen).first()).toBeVisible();
  await expect(technical.getByLabel('Time', { exact: true })).toHaveValue('10:00');

  // Record an outcome: notes, then the result.
  await recruiter.getByLabel('Outcome notes').fill('Friendly; they asked about LXD clustering.');
  await recruiter.getByLabel('Outcome notes').blur();
  await recruiter.getByLabel('Status').selectOption('passed');
  await expect(recruiter.locator('.stage-status')).toHaveText('Passed');

  // Reorder by keyboard: the drag handle (Space, arrow, Space) and the Move buttons.
  const handle = page.getByRole('button', { name: 'Drag to reorder Recruiter call' });
  await handle.focus();
  // Each key waits for the drag state or its announcement, as a screen reader user would.
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Recruiter call is over position 2 of 5.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Recruiter call dropped at position 2 of 5.')).toBeAttached();
  await expectOrder(page, [
    'Hiring manager interview',
    'Recruiter call',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);
  const offerUp = page.getByRole('button', { name: 'Move Offer call up' });
  await offerUp.focus();
  await page.keyboard.press('Enter');
  await expect(offerUp).toBeFocused();
  await page.keyboard.press('Enter');
  const order = [
    'Hiring manager interview',
    'Recruiter call',
    'Offer call',
    'Technical interview',
    'Peer/panel interview',
  ];
  await expectOrder(page, order);

  // Delete, then Undo puts it back in its place.
  await page.getByRole('button', { name: 'Delete Technical interview' }).click();
  await expectOrder(
    page,
    order.filter((name) => name !== 'Technical interview'),
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectOrder(page, order);

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
  await openInterviews(page);
  await expectOrder(page, order);
  await expect(stage(page, 'Recruiter call')).toContainText(recruiterWhen);
  await expect(stage(page, 'Recruiter call')).toContainText('Passed');
  await expect(stage(page, 'Technical interview')).toContainText(technicalWhen);
  await expect(stage(page, 'Technical interview')).toContainText('Scheduled');
  const reopened = await edit(page, 'Recruiter call');
  await expect(reopened.getByLabel('Outcome notes')).toHaveValue(
    'Friendly; they asked about LXD clustering.',
  );
  await expect(reopened.getByLabel('Time', { exact: true })).toHaveValue('14:00');
  await expect(reopened.getByLabel('Time zone')).toHaveValue('Europe/London');

  // The result was logged.
  expect(await storedActivitySummaries(page)).toContain(
    'Recruiter call: passed — Friendly; they asked about LXD clustering.',
  );
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(
    page
      .getByRole('tabpanel')
      .getByText('Recruiter call: passed — Friendly; they asked about LXD clustering.'),
  ).toBeVisible();
});
