import { expect, test } from './fixtures';
import { arrange } from './agenda-fixture';

// Acting from the Agenda: next actions are done (with Undo), snoozed or rewritten in
// place; interviews show readiness and open their brief. Keyboard only where it matters.

test('a next action is marked done from the Agenda and logged on the role', async ({ page }) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await overdue.getByRole('button', { name: 'Mark “Chase the recruiter” done' }).click();
  await expect(page.getByRole('status')).toContainText('Done: Chase the recruiter');
  await expect(overdue).not.toContainText('Chase the recruiter');

  // The role's activity records it.
  await page.getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('link', { name: 'Engineering Manager, LXD', exact: true }).click();
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(
    page.getByRole('tabpanel', { name: 'Activity' }).getByText('Done: Chase the recruiter'),
  ).toBeVisible();

  // Still done after a reload: it was saved, not only hidden.
  await page.reload();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('region', { name: 'Overdue' })).toContainText('Hiring manager call');
  await expect(page.getByRole('region', { name: 'Overdue' })).not.toContainText(
    'Chase the recruiter',
  );
});

test('Undo right after Done puts the action back on the Agenda', async ({ page }) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await overdue.getByRole('button', { name: 'Mark “Chase the recruiter” done' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Back on the Agenda: Chase the recruiter');
  await expect(overdue).toContainText('Chase the recruiter');
});

test('snoozing to tomorrow moves an overdue action out of Overdue, by keyboard', async ({
  page,
}) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  const snooze = page.getByRole('button', { name: 'Snooze “Chase the recruiter”' });
  await snooze.focus();
  await page.keyboard.press('Enter');
  await expect(snooze).toHaveAttribute('aria-expanded', 'true');
  // The first choice has focus: Escape closes and returns focus to the button.
  await expect(page.getByRole('button', { name: 'Tomorrow' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(snooze).toBeFocused();
  await expect(page.getByRole('group', { name: 'Snooze until' })).toHaveCount(0);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Snoozed to');
  await expect(page.getByRole('region', { name: 'Overdue' })).not.toContainText(
    'Chase the recruiter',
  );
  await expect(page.getByRole('region', { name: 'Tomorrow' })).toContainText('Chase the recruiter');
});

test('a next action is rewritten in place; a bad date is refused and Escape cancels', async ({
  page,
}) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Edit “Send references”' }).click();
  const editor = page.getByRole('form', { name: /Edit next action/ });
  await editor.getByLabel('Next action').fill('Send three references');
  await editor.getByLabel('Next action').press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(page.getByText('Send references', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Edit “Send references”' }).click();
  await editor.getByLabel('Next action').fill('Send three references');
  await editor.getByLabel('Due').fill('');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  // With no due day it leaves the Agenda, and the role keeps the new text.
  await expect(page.getByText('Send three references')).toHaveCount(0);
  await page.getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('link', { name: 'Engineering Manager, HPC', exact: true }).click();
  await expect(page.getByText('Send three references')).toBeVisible();
});

test('an interview shows its role’s readiness and opens its brief', async ({ page }) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  const tomorrow = page.getByRole('region', { name: 'Tomorrow' });
  await expect(tomorrow.getByText(/^Ready \d+\/\d+$/)).toBeVisible();
  await tomorrow
    .getByRole('button', {
      name: 'Open the brief for Technical interview, Engineering Manager, HPC',
    })
    .click();
  const dialog = page.getByRole('dialog', { name: /Brief: Technical interview/ });
  await expect(dialog.getByRole('heading', { level: 1 })).toContainText('Technical interview');
  await expect(dialog.getByRole('button', { name: 'Copy brief' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
