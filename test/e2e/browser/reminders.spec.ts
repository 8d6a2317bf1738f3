/**
 * Reminders in the browser build: nothing before the user opts in; then an interview
 * 1 hour ahead (1 hour lead) raises a browser notification, once; one whose time passed
 * while the app was closed is listed once at the next start; calendar files carry the
 * chosen lead as a VALARM. window.Notification is replaced by a recorder, so the test
 * sees what the app asked the browser to show.
 */
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { downloadOf } from './export-steps';
import { expect, test } from './fixtures';
import { getByIndex, putRecords } from './idb';

const LXD = 'Engineering Manager, LXD';
const MINUTE = 60_000;

interface Shown {
  title: string;
  body: string;
}

/**
 * Replaces window.Notification with a recorder whose permission prompt says yes. The
 * answer is kept across reloads, as a browser keeps it; `allowed` starts it answered.
 */
async function recordNotifications(page: Page, allowed = false) {
  await page.addInitScript((startAllowed: boolean) => {
    const shown: { title: string; body: string }[] = [];
    const KEY = 'test-notification-permission';
    if (startAllowed) localStorage.setItem(KEY, 'granted');
    class RecordingNotification {
      static get permission(): NotificationPermission {
        return localStorage.getItem(KEY) === 'granted' ? 'granted' : 'default';
      }
      static requestPermission(): Promise<NotificationPermission> {
        localStorage.setItem(KEY, 'granted');
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close() {
        // Nothing on screen to close.
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification });
    Object.defineProperty(window, '__shown', { value: shown });
  }, allowed);
}

function shownIn(page: Page): Promise<Shown[]> {
  return page.evaluate(() => (window as unknown as { __shown: Shown[] }).__shown);
}

/** Seeds the app and returns the LXD role and its application. */
async function lxd(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5, {
    timeout: 20_000,
  });
  const [role] = await getByIndex<{ id: string }>(page, 'roles', 'seedKey', 'canonical-em-lxd');
  if (!role) throw new Error('LXD missing');
  const [app] = await getByIndex<{ id: string }>(page, 'applications', 'roleId', role.id);
  if (!app) throw new Error('LXD application missing');
  return { roleId: role.id, applicationId: app.id };
}

function interview(
  ids: { roleId: string; applicationId: string },
  id: string,
  name: string,
  at: number,
) {
  return {
    id,
    roleId: ids.roleId,
    applicationId: ids.applicationId,
    name,
    kind: 'technical',
    order: 0,
    status: 'scheduled',
    scheduledAt: at,
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

/**
 * Writes records while the app is closed, then starts it again: the page shows a blank
 * same-origin page with no app in it (so no running reminders can act on the records
 * first), writes, and goes back to `path`.
 */
async function whileClosed(page: Page, tables: Parameters<typeof putRecords>[1], path = '/') {
  await page.route('**/closed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><link rel="icon" href="data:,"><title>Closed</title>',
    }),
  );
  await page.goto('/closed.html');
  await putRecords(page, tables);
  await page.goto(path);
}

async function openAgenda(page: Page) {
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
}

test('opting in: an interview 1 hour ahead raises a notification, once', async ({ page }) => {
  await recordNotifications(page);
  const ids = await lxd(page);
  await whileClosed(page, {
    stages: [interview(ids, 'stage-soon', 'Technical interview', Date.now() + 60 * MINUTE)],
  });
  await openAgenda(page);

  const optIn = page.getByRole('checkbox', { name: 'Notify me before interviews and follow-ups' });
  await expect(optIn).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Remind me' })).toHaveValue('1h');
  // Nothing before the user opts in.
  expect(await shownIn(page)).toEqual([]);

  await optIn.check();
  await expect(optIn).toBeChecked();
  await expect
    .poll(() => shownIn(page), { timeout: 15_000 })
    .toEqual([
      {
        title: `Technical interview — ${LXD}`,
        body: expect.stringMatching(/^Interview in 1 hour, /u) as unknown as string,
      },
    ]);

  // After a restart the same reminder is not shown again; a new one is.
  // Due later than the first, so a first shown again would come before it.
  await whileClosed(page, {
    stages: [interview(ids, 'stage-next', 'Panel interview', Date.now() + 60 * MINUTE)],
  });
  await expect
    .poll(() => shownIn(page), { timeout: 15_000 })
    .toEqual([
      { title: `Panel interview — ${LXD}`, body: expect.any(String) as unknown as string },
    ]);
});

test('a reminder missed while the app was closed is listed once at the next start', async ({
  page,
}) => {
  await recordNotifications(page, true);
  const ids = await lxd(page);
  const now = Date.now();
  await whileClosed(page, {
    meta: [
      {
        key: 'setting:reminders',
        value: { enabled: true, lead: '15m', optedInAt: now - 120 * MINUTE },
      },
    ],
    stages: [interview(ids, 'stage-missed', 'Recruiter call', now - 30 * MINUTE)],
  });
  const missed = page.getByRole('region', {
    name: 'A reminder came due while Shortlist was closed',
  });
  // The reminders run after the first screen's queries: on a busy machine, a while later.
  await expect(missed).toBeVisible({ timeout: 15_000 });
  await expect(
    missed.getByRole('link', { name: new RegExp(`^Interview: Recruiter call — ${LXD} \\(`, 'u') }),
  ).toBeVisible();
  // Missed is not shown as a late notification: its interview is over.
  expect(await shownIn(page)).toEqual([]);
  await missed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(missed).toHaveCount(0);

  // Next start: not listed again. A due interview proves the reminders ran.
  await whileClosed(page, {
    stages: [interview(ids, 'stage-due', 'Panel interview', Date.now() + 10 * MINUTE)],
  });
  await expect.poll(() => shownIn(page), { timeout: 15_000 }).toHaveLength(1);
  await expect(
    page.getByRole('region', { name: /came due while Shortlist was closed/u }),
  ).toHaveCount(0);
});

test('calendar files carry the chosen lead time as an alarm', async ({ page }) => {
  await recordNotifications(page);
  const ids = await lxd(page);
  await whileClosed(page, {
    stages: [
      interview(ids, 'stage-later', 'Technical interview', Date.now() + 3 * 24 * 60 * MINUTE),
    ],
  });
  await openAgenda(page);
  await page.getByRole('combobox', { name: 'Remind me' }).selectOption('15m');
  await expect(page.getByText(/calendar files you export still get an alarm/iu)).toBeVisible();

  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export upcoming interviews (.ics)' }).click(),
  );
  const calendar = new ICAL.Component(ICAL.parse(file.text) as unknown[]);
  const [event] = calendar.getAllSubcomponents('vevent');
  const alarm = event?.getFirstSubcomponent('valarm');
  const trigger = alarm?.getFirstPropertyValue('trigger');
  expect(trigger instanceof ICAL.Duration ? trigger.toSeconds() : null).toBe(-15 * 60);
  expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  // No opt-in, so no notification, whatever the lead.
  expect(await shownIn(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Remind me' }).selectOption('none');
  await expect(page.getByRole('combobox', { name: 'Remind me' })).toHaveValue('none');
  const none = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export upcoming interviews (.ics)' }).click(),
  );
  expect(none.text).not.toContain('VALARM');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`reminders on and the missed list have no serious violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await recordNotifications(page, true);
    const ids = await lxd(page);
    const now = Date.now();
    await whileClosed(page, {
      meta: [
        {
          key: 'setting:reminders',
          value: { enabled: true, lead: '1d', optedInAt: now - 60 * MINUTE },
        },
      ],
      stages: [interview(ids, 'stage-missed', 'Recruiter call', now - 30 * MINUTE)],
    });
    await openAgenda(page);
    await expect(
      page.getByRole('region', { name: /came due while Shortlist was closed/u }),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Notify me before interviews and follow-ups' }),
    ).toBeChecked();
    const results = await new AxeBuilder({ page })
      .include('.missed-reminders')
      .include('.reminder-settings')
      .analyze();
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => violation.id)).toEqual([]);
  });
}
