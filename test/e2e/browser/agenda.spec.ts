import { expect, test } from './fixtures';
import { arrange, at } from './agenda-fixture';

test('the Agenda groups interviews and next actions by day, overdue first', async ({ page }) => {
  await arrange(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();

  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue.getByRole('listitem')).toHaveCount(2);
  await expect(overdue).toContainText('Hiring manager call');
  await expect(overdue).toContainText('Needs an outcome');
  await expect(overdue).toContainText('Chase the recruiter');

  const tomorrow = page.getByRole('region', { name: 'Tomorrow' });
  await expect(tomorrow.getByRole('listitem')).toHaveCount(1);
  await expect(tomorrow).toContainText('Technical interview');
  await expect(tomorrow).toContainText('Engineering Manager, HPC');
  const start = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  await expect(tomorrow).toContainText(`${start.format(at(1, 15))}–${start.format(at(1, 16))}`);

  await expect(page.getByRole('listitem').filter({ hasText: 'Send references' })).toBeVisible();
  const days = page.locator('.agenda-day h2');
  await expect(days.first()).toHaveText('Overdue');
  await expect(days.nth(1)).toHaveText('Tomorrow');

  await tomorrow.getByRole('link', { name: /Technical interview/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager, HPC', level: 1 }),
  ).toBeVisible();
});

test('the Roles table shows the next interview', async ({ page }) => {
  await arrange(page);
  await page.reload();
  const row = page.getByRole('row', { name: /Engineering Manager, HPC/ });
  await expect(row).toContainText('Technical interview');
  await expect(row).toContainText('Interviewing');
  // The past, unrecorded interview is not "next".
  await expect(page.getByRole('row', { name: /Engineering Manager, LXD/ })).toContainText(
    'None scheduled',
  );
});

test('an empty Agenda says what will appear there', async ({ page }) => {
  await page.goto('/#/agenda');
  await expect(page.getByRole('heading', { name: 'Nothing coming up' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
});

test('an interview scheduled on the Interviews tab shows in the Agenda and the Roles table', async ({
  page,
}) => {
  const tomorrow = new Date(at(1, 0));
  const pad = (n: number) => String(n).padStart(2, '0');
  const dateValue = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Engineering Manager, LXD', exact: true }).click();
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Panel with the LXD team');
  await name.blur();
  const stages = page.getByRole('list', { name: 'Interview stages' });
  await stages.getByLabel('Date', { exact: true }).fill(dateValue);
  await stages.getByLabel('Time', { exact: true }).fill('11:30');
  await stages.getByLabel('Time', { exact: true }).blur();
  await expect(stages.getByLabel('Status')).toHaveValue('scheduled');

  await page.reload();
  await page.getByRole('link', { name: 'Agenda' }).click();
  const tomorrowGroup = page.getByRole('region', { name: 'Tomorrow' });
  await expect(tomorrowGroup).toContainText('Panel with the LXD team');
  await expect(tomorrowGroup).toContainText('Engineering Manager, LXD');

  await page.getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('row', { name: /Engineering Manager, LXD/ })).toContainText(
    'Panel with the LXD team',
  );
});
