import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { getByIndex, putRecords } from './idb';

interface Stored {
  id: string;
  roleId?: string;
}

/** Local time `days` from today at hh:mm. */
function at(days: number, hours: number, minutes = 0): number {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hours, minutes, 0, 0);
  return date.getTime();
}

function stage(id: string, roleId: string, applicationId: string, name: string, when: number) {
  return {
    id,
    roleId,
    applicationId,
    name,
    kind: 'technical',
    order: 0,
    status: 'scheduled',
    scheduledAt: when,
    durationMinutes: 60,
    timezone: 'UTC',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

async function arrange(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
  const [hpc] = await getByIndex<Stored>(page, 'roles', 'seedKey', 'canonical-em-hpc');
  const [lxd] = await getByIndex<Stored>(page, 'roles', 'seedKey', 'canonical-em-lxd');
  if (!hpc || !lxd) throw new Error('sample roles missing');
  const [hpcApp] = await getByIndex<Record<string, unknown>>(
    page,
    'applications',
    'roleId',
    hpc.id,
  );
  const [lxdApp] = await getByIndex<Record<string, unknown>>(
    page,
    'applications',
    'roleId',
    lxd.id,
  );
  if (!hpcApp || !lxdApp) throw new Error('applications missing');
  await putRecords(page, {
    stages: [
      stage('s-tomorrow', hpc.id, String(hpcApp.id), 'Technical interview', at(1, 15)),
      stage('s-past', lxd.id, String(lxdApp.id), 'Hiring manager call', at(-3, 10)),
    ],
    applications: [
      { ...hpcApp, status: 'interviewing', nextAction: 'Send references', nextActionDue: at(5, 0) },
      { ...lxdApp, status: 'applied', nextAction: 'Chase the recruiter', nextActionDue: at(-2, 0) },
    ],
  });
}

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
