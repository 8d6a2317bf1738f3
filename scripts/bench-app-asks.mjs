// The bench's measures of issue 10 at 5,000 roles and 60,000 requirements: opening the
// comparison of five roles (Compare button → the matrix), and the similar-asks
// suggestion (an item with a story opened → "Also asked by" listed).
/* global document, window, location, indexedDB, CSS */
import { SHARED_ASKS } from './bench-app-data.mjs';

const ROW_HEIGHT = 66;

/** Resolves once the Roles table shows rows (after a hash change back to it). */
function backToTable(page) {
  return page.evaluate(() => {
    location.hash = '#/';
    return window.__benchUntil(
      () => document.querySelector('table[aria-label="Roles"] tbody tr') !== null,
    );
  });
}

/**
 * Picks five roles in the table (the first rendered after scrolling 5·run rows down),
 * then times Compare (5) until the comparison's rows show. Resolves with the milliseconds.
 */
async function compareOnce(page, run) {
  await page.evaluate(
    async ({ first, rowHeight }) => {
      const scroller = () => document.querySelector('.table-scroll');
      const rows = () => [...document.querySelectorAll('table[aria-label="Roles"] tbody tr')];
      await window.__benchUntil(() => scroller() !== null && rows().length >= 5);
      scroller().scrollTop = first * rowHeight;
      await window.__benchUntil(() => rows().length >= 5);
      // Five rows rendered now, picked by name (rows re-render as they are measured).
      const names = rows()
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
        .slice(0, 5)
        .map((row) => row.querySelector('input.role-select').getAttribute('aria-label'));
      for (const name of names) {
        const box = () => document.querySelector(`input[aria-label="${CSS.escape(name)}"]`);
        box().click();
        await window.__benchUntil(() => box()?.checked === true);
      }
    },
    { first: run * 5, rowHeight: ROW_HEIGHT },
  );
  const ms = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (node) => node.textContent.trim() === 'Compare (5)',
    );
    const done = () =>
      document.querySelectorAll('table[aria-label="Comparison"] thead th').length === 6 &&
      document.querySelector('table[aria-label="Comparison"] tbody tr') !== null;
    const start = performance.now();
    button.click();
    return window.__benchUntil(done).then((end) => end - start);
  });
  await backToTable(page);
  return ms;
}

/** Opening the comparison of five roles, `runs` times (each time five other roles). */
export async function measureCompare(page, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push(await compareOnce(page, run));
  return times;
}

/**
 * Links one story (written straight into the database, as the bench's data is) to the
 * shared ask of `count` roles, one role per ask in turn. Resolves with those items.
 */
function linkBenchStory(page, count) {
  return page.evaluate(
    async ({ asks, count }) => {
      const request = (req) =>
        new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const db = await request(indexedDB.open('shortlist'));
      const tx = db.transaction(['requirements', 'stories'], 'readwrite');
      const all = await request(tx.objectStore('requirements').getAll());
      const picked = [];
      const seenRoles = new Set();
      for (let at = 0; picked.length < count && at < asks.length * count; at += 1) {
        const ask = asks[at % asks.length];
        const item = all.find(
          (one) => one.text === ask && !seenRoles.has(one.roleId) && !picked.includes(one),
        );
        if (!item) continue;
        seenRoles.add(item.roleId);
        picked.push(item);
      }
      const now = Date.now();
      const story = {
        id: 'bench-story',
        title: 'Bench story',
        body: 'Led the team through it.',
        tags: [],
        date: '',
        createdAt: now,
        updatedAt: now,
      };
      tx.objectStore('stories').put(story);
      for (const item of picked) {
        tx.objectStore('requirements').put({ ...item, storyIds: [story.id], updatedAt: now });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return picked.map((item) => ({ id: item.id, roleId: item.roleId, text: item.text }));
    },
    { asks: SHARED_ASKS, count },
  );
}

/** Opens the item's role (not timed), then times its details until "Also asked by" lists. */
async function suggestOnce(page, item) {
  await page.evaluate(({ roleId }) => {
    location.hash = `#/roles/${encodeURIComponent(roleId)}`;
    return window.__benchUntil(() => document.querySelector('.cl-item') !== null);
  }, item);
  const ms = await page.evaluate(({ text }) => {
    // The item's Evidence toggle: its name ends "for “text”".
    const button = [...document.querySelectorAll('button.cl-toggle')].find((node) =>
      node.textContent.includes(`for “${text}”`),
    );
    const done = () => document.querySelector('section[aria-label="Also asked by"] li') !== null;
    const start = performance.now();
    button.click();
    return window.__benchUntil(done).then((end) => end - start);
  }, item);
  await backToTable(page);
  return ms;
}

/**
 * The similar-asks suggestion, `runs` times on items of different roles (the first run
 * of a session also builds the similarity index).
 */
export async function measureSimilarAsks(page, runs) {
  const items = await linkBenchStory(page, runs);
  if (items.length < runs) throw new Error(`Only ${items.length} shared asks in the data`);
  const times = [];
  for (const item of items) times.push(await suggestOnce(page, item));
  return times;
}

/** Both measures, as rows of the bench's table. */
export async function measureAsks(page, runs) {
  return [
    {
      name: 'Compare: five roles picked → Compare (5) → matrix',
      samples: await measureCompare(page, runs),
      kind: 'target',
    },
    {
      name: 'Also asked by: item with a story opened → suggestions (run 1 builds the index)',
      samples: await measureSimilarAsks(page, runs),
      kind: 'target',
    },
  ];
}
