/**
 * Values a backup could once carry in (or a bug could write) that no screen may choke
 * on: a time beyond the JavaScript date range, 1e308, a made-up time zone, a duration of
 * 1e308. Every screen shows them in place as "invalid date" and keeps working.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpAll, putRecords } from './idb';

const LXD = 'Engineering Manager, LXD';
const NOW = Date.now();

/** Puts the hostile values on the LXD role: two stages, a note, the application. */
async function storeBadValues(page: Page): Promise<void> {
  const all = await dumpAll(page);
  const role = (all.roles as { id: string; title: string }[]).find((r) => r.title === LXD);
  if (!role) throw new Error('no LXD role');
  const application = (all.applications as Record<string, unknown>[]).find(
    (a) => a.roleId === role.id,
  );
  if (!application) throw new Error('no LXD application');
  const stage = (id: string, name: string, order: number, extra: Record<string, unknown>) => ({
    id,
    applicationId: application.id,
    roleId: role.id,
    name,
    kind: 'technical',
    order,
    status: 'scheduled',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  });
  await putRecords(page, {
    stages: [
      stage('bad-stage-1', 'Far future', 0, {
        scheduledAt: 9e15,
        durationMinutes: 1e308,
        timezone: 'Mars/Olympus_Mons',
      }),
      stage('bad-stage-2', 'Overflow', 1, { scheduledAt: 1e308, timezone: 'Europe/London' }),
    ],
    notes: [
      {
        id: 'bad-note',
        roleId: role.id,
        title: 'Note from the far future',
        body: 'Body text',
        tags: [],
        pinned: 0,
        createdAt: NOW,
        updatedAt: 1e300,
      },
    ],
    applications: [{ ...application, appliedAt: 9e15, nextAction: 'Call', nextActionDue: 1e308 }],
  });
}

async function expectNoErrorScreen(page: Page): Promise<void> {
  await expect(page.getByText('Shortlist could not show this screen')).toHaveCount(0);
}

test('bad stored dates, zones and durations render in place on every screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
  await storeBadValues(page);
  await page.reload();

  // Roles: the table still lists every role; the bad interview shows as an invalid date.
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: LXD }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('invalid date');
  await expectNoErrorScreen(page);

  // Agenda.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Agenda/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Far future');
  await expectNoErrorScreen(page);

  // The role: header, Interviews, Notes, Activity.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Roles/ })
    .click();
  await page.getByRole('link', { name: LXD, exact: true }).click();
  await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
  await expectNoErrorScreen(page);
  await page.getByRole('tab', { name: 'Interviews' }).click();
  const stages = page.getByRole('list', { name: 'Interview stages' });
  await expect(stages.getByRole('article', { name: 'Far future' })).toContainText('invalid date');
  await expect(stages.getByRole('article', { name: 'Overflow' })).toContainText('invalid date');
  await expectNoErrorScreen(page);
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Note from the far future');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('invalid date');
  await expectNoErrorScreen(page);
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expectNoErrorScreen(page);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expectNoErrorScreen(page);
});
