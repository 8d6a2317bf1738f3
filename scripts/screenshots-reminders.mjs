// Screenshots of reminders for the README: the opt-in on the Agenda, turned on, and the
// list of reminders missed while the app was closed. A fresh page (so a fresh database)
// per colour scheme, with window.Notification replaced so no real notification shows;
// called by screenshots.mjs, or alone: `node scripts/screenshots-reminders.mjs [outDir]`.
import { runIfInvoked } from './screenshot-script.mjs';

const MINUTE = 60_000;

/** Puts rows into the app's database (the app reads them after a reload). */
function putRows(page, tables) {
  return page.evaluate(async (input) => {
    const db = await new Promise((resolve, reject) => {
      const request = globalThis.indexedDB.open('shortlist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(Object.keys(input), 'readwrite');
      for (const [name, rows] of Object.entries(input)) {
        for (const row of rows) tx.objectStore(name).put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, tables);
}

/** The LXD sample's role and application ids. */
function lxdIds(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = globalThis.indexedDB.open('shortlist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const get = (store, index, value) =>
      new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).index(index).getAll(value);
        request.onsuccess = () => resolve(request.result);
      });
    const [role] = await get('roles', 'seedKey', 'canonical-em-lxd');
    const [application] = await get('applications', 'roleId', role.id);
    db.close();
    return { roleId: role.id, applicationId: application.id };
  });
}

function interview(ids, id, name, at) {
  return {
    id,
    ...ids,
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

/** Writes `reminders-<scheme>.png` and `reminders-missed-<scheme>.png`. */
export async function remindersShots(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.addInitScript(() => {
    class QuietNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      close() {}
    }
    Object.defineProperty(globalThis, 'Notification', { value: QuietNotification });
  });
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  const ids = await lxdIds(page);
  const now = Date.now();
  await putRows(page, {
    stages: [
      interview(ids, 'shot-missed', 'Recruiter call', now - 40 * MINUTE),
      interview(ids, 'shot-next', 'Technical interview', now + 26 * 60 * MINUTE),
    ],
  });
  await page.goto(`${base}#/agenda`);
  await page.getByRole('checkbox', { name: 'Notify me before interviews and follow-ups' }).check();
  await page.getByText(/A notification 1 hour before/u).waitFor();
  await page.screenshot({ path: `${outDir}/reminders-${scheme}.png` });

  // As if the app had been closed since before the call: it is listed at the next start.
  await putRows(page, {
    meta: [
      {
        key: 'setting:reminders',
        value: { enabled: true, lead: '1h', optedInAt: now - 3 * 60 * MINUTE },
      },
    ],
  });
  await page.reload();
  await page.getByRole('region', { name: /came due while Shortlist was closed/u }).waitFor();
  await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
  await page.screenshot({ path: `${outDir}/reminders-missed-${scheme}.png` });
  await page.close();
}

await runIfInvoked(import.meta.url, remindersShots);
