import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The clock starts at 3 March 2026, 10:00 in London, so applied dates, "Today" and
 * "Overdue" are known; it keeps running, so entries logged in turn keep their order.
 */
test.use({ timezoneId: 'Europe/London' });

const ROLE = 'Engineering Manager, LXD';

async function openRole(page: Page, title: string) {
  await page.clock.install({ time: new Date('2026-03-03T10:00:00Z') });
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

const statusControl = (page: Page) => page.getByRole('combobox', { name: 'Application status' });
const panel = (page: Page) => page.getByRole('region', { name: 'Application' });

async function openDetails(page: Page) {
  const toggle = panel(page).getByRole('button', { name: 'Details' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

async function showActivity(page: Page) {
  await page.getByRole('tab', { name: 'Activity' }).click();
  return page.getByRole('tabpanel');
}

const STATUS_CHANGES = [
  /Status: screening → interviewing/,
  /Status: applied → screening/,
  /Status: interested → applied/,
];

test('a role moves through the pipeline; details and activity survive a reload', async ({
  page,
}) => {
  await openRole(page, ROLE);
  await expect(statusControl(page)).toHaveValue('interested');
  await expect(panel(page)).toContainText('No details yet');

  for (const status of ['applied', 'screening', 'interviewing']) {
    await statusControl(page).selectOption(status);
    await expect(statusControl(page)).toHaveValue(status);
  }
  // Moving to applied dated the application today.
  await expect(panel(page)).toContainText('Applied3 Mar 2026');

  await openDetails(page);
  await expect(panel(page).getByLabel('Applied on')).toHaveValue('2026-03-03');
  await panel(page)
    .getByRole('textbox', { name: 'Next action', exact: true })
    .fill('Send the written answers');
  await panel(page).getByLabel('Next action due').fill('2026-03-02');
  await panel(page).getByRole('combobox', { name: 'Priority' }).selectOption('4');
  await panel(page).getByRole('textbox', { name: 'Contact' }).fill('Ana (recruiter)');
  await panel(page).getByRole('textbox', { name: 'Contact' }).press('Enter');

  const facts = panel(page).getByRole('definition');
  await expect(facts).toHaveText([
    '3 Mar 2026',
    'Ana (recruiter)',
    'Send the written answers · due 2 Mar 2026Overdue',
    '4/5',
  ]);

  const activity = await showActivity(page);
  await expect(activity.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(activity.getByRole('listitem')).toHaveText([
    ...STATUS_CHANGES,
    /Added Engineering Manager, LXD/,
  ]);
  await expect(activity.getByRole('listitem').first()).toContainText('10:00');

  await page.reload();
  await expect(statusControl(page)).toHaveValue('interviewing');
  await expect(facts).toHaveCount(4);
  await openDetails(page);
  await expect(panel(page).getByRole('textbox', { name: 'Next action', exact: true })).toHaveValue(
    'Send the written answers',
  );
  await expect(panel(page).getByLabel('Next action due')).toHaveValue('2026-03-02');
  await expect(panel(page).getByRole('combobox', { name: 'Priority' })).toHaveValue('4');
  await expect(panel(page).getByRole('textbox', { name: 'Contact' })).toHaveValue(
    'Ana (recruiter)',
  );
  const afterReload = await showActivity(page);
  await expect(afterReload.getByRole('listitem')).toHaveText([
    ...STATUS_CHANGES,
    /Added Engineering Manager, LXD/,
  ]);

  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('row', { name: new RegExp(ROLE) })).toContainText('Interviewing');
});

test('a closed application can be re-applied; the earlier one stays visible', async ({ page }) => {
  await openRole(page, 'Engineering Manager, HPC');
  await statusControl(page).selectOption('applied');
  await expect(panel(page)).toContainText('Applied3 Mar 2026');
  await expect(panel(page).getByRole('button', { name: 'Re-apply…' })).toHaveCount(0);
  await statusControl(page).selectOption('rejected');

  const dialog = page.getByRole('dialog', { name: 'Re-apply to this role?' });
  await panel(page).getByRole('button', { name: 'Re-apply…' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusControl(page)).toHaveValue('rejected');

  await panel(page).getByRole('button', { name: 'Re-apply…' }).click();
  await dialog.getByRole('radio', { name: /Interested/ }).check();
  await dialog.getByRole('button', { name: 'Re-apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusControl(page)).toHaveValue('interested');
  await expect(panel(page)).toContainText('Earlier application: rejected, applied 3 Mar 2026');
  await expect(panel(page)).toContainText('No details yet');

  const activity = await showActivity(page);
  await expect(activity.getByRole('listitem').first()).toContainText(
    'Re-applied (interested); earlier application: rejected',
  );
  await page.reload();
  await expect(statusControl(page)).toHaveValue('interested');
  await expect(panel(page)).toContainText('Earlier application: rejected, applied 3 Mar 2026');
});

test('hostile text in the details stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openRole(page, ROLE);
  await openDetails(page);
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await panel(page).getByRole('textbox', { name: 'Next action', exact: true }).fill(hostile);
  await panel(page).getByRole('textbox', { name: 'Next action', exact: true }).blur();
  await expect(panel(page).getByRole('definition')).toHaveText([hostile]);
  await expect(panel(page).locator('img, script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
