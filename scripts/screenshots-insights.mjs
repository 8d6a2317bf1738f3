// Screenshots of Insights for the README: the sample roles given a few weeks of history
// (applied, answered, interviews, an offer, a rejection) written straight into IndexedDB,
// at 1280×800 and 900×650. Called by screenshots.mjs, or alone:
// `node scripts/screenshots-insights.mjs [outDir]`.
import { runIfInvoked } from './screenshot-script.mjs';

const DAY = 24 * 60 * 60 * 1000;

/** Each sample role's story: its channel and [status, days ago] steps. */
const HISTORY = {
  'Engineering Manager, LXD': {
    channel: 'Referral',
    steps: [
      ['applied', 70],
      ['screening', 60],
      ['interviewing', 45],
      ['offer', 6],
    ],
    interviews: [58, 44, 30, 16, -3],
  },
  'Engineering Manager, HPC': {
    channel: 'Job board',
    steps: [
      ['applied', 64],
      ['rejected', 50],
    ],
    interviews: [],
  },
  'Engineering Director, Landscape': {
    channel: 'Recruiter',
    steps: [
      ['applied', 38],
      ['screening', 31],
      ['interviewing', 20],
    ],
    interviews: [30, 19, 9, 2, 5],
  },
  'Engineering Manager - MLOps & Analytics': {
    channel: 'Job board',
    steps: [['applied', 21]],
    interviews: [],
  },
};

/** Rewrites the sample roles' applications and logs in the page's database. */
async function writeHistory(page) {
  await page.evaluate(
    async ({ history, day }) => {
      const db = await new Promise((resolve, reject) => {
        const request = globalThis.indexedDB.open('shortlist');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = (store) =>
        new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      const roles = await all('roles');
      const applications = await all('applications');
      const now = Date.now();
      const tx = db.transaction(['applications', 'activities', 'stages'], 'readwrite');
      for (const role of roles) {
        const story = history[role.title];
        const app = applications.find((a) => a.roleId === role.id);
        if (!story || !app) continue;
        let from = 'interested';
        for (const [status, ago] of story.steps) {
          const at = now - ago * day;
          tx.objectStore('activities').put({
            id: crypto.randomUUID(),
            roleId: role.id,
            applicationId: app.id,
            type: 'status-changed',
            at,
            summary: `Status: ${from} → ${status}`,
            fromStatus: from,
            toStatus: status,
          });
          if (status === 'applied') app.appliedAt = at;
          from = status;
        }
        app.status = from;
        app.channel = story.channel;
        app.createdAt = now - 90 * day;
        tx.objectStore('applications').put(app);
        story.interviews.forEach((ago, order) => {
          const at = now - ago * day;
          tx.objectStore('stages').put({
            id: crypto.randomUUID(),
            applicationId: app.id,
            roleId: role.id,
            name: `Round ${String(order + 1)}`,
            kind: 'technical',
            order,
            status: ago > 0 ? 'passed' : 'scheduled',
            scheduledAt: at,
            durationMinutes: 60,
            interviewers: '',
            location: '',
            prepNotes: '',
            outcomeNotes: '',
            probeRequirementIds: [],
            createdAt: at,
            updatedAt: at,
          });
        });
      }
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    { history: HISTORY, day: DAY },
  );
}

/** Writes `insights-<width>-<scheme>.png` at 1280×800 and 900×650. */
export async function insightsShots(browser, base, outDir, scheme) {
  for (const [width, height] of [
    [1280, 800],
    [900, 650],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    await page.goto(base);
    await page.getByRole('table', { name: 'Roles' }).waitFor();
    await writeHistory(page);
    await page.goto(`${base}#/insights`);
    await page.reload();
    await page.getByRole('img', { name: /^Funnel:/ }).waitFor();
    await page.screenshot({ path: `${outDir}/insights-${String(width)}-${scheme}.png` });
    await page.getByRole('heading', { name: 'By channel' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${outDir}/insights-${String(width)}-more-${scheme}.png` });
    await page.close();
  }
}

await runIfInvoked(import.meta.url, insightsShots);
