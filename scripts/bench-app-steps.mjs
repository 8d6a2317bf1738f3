// The bench's steps: each changes the app from inside the page and resolves with the
// milliseconds until the first animation frame after the DOM shows the result.
/* global document, window, requestAnimationFrame, MutationObserver, HTMLInputElement, HTMLSelectElement */
import { COMPANIES, NOTES_PER_ROLE } from './bench-app-data.mjs';

/** Installed in every page before the app's scripts run. */
export function installHelpers() {
  // Resolves with performance.now() at the first frame after `done()` holds in the DOM.
  window.__benchUntil = (done, timeoutMs = 600_000) =>
    new Promise((resolve, reject) => {
      let settled = false;
      const observer = new MutationObserver(check);
      const timer = setTimeout(() => {
        settled = true;
        observer.disconnect();
        reject(new Error(`Timed out waiting for: ${done.toString()}`));
      }, timeoutMs);
      function check() {
        if (settled || !done()) return;
        settled = true;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => {
          resolve(performance.now());
        });
      }
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      check();
    });
  window.__benchFirstTable = window.__benchUntil(
    () => document.querySelector('table[aria-label="Roles"] tbody tr') !== null,
  );
  // A reload onto another screen never shows the table: nobody waits, nothing to report.
  window.__benchFirstTable.catch(() => undefined);
}

/** Types `word` into the Roles search and waits until the rows reflect it. */
export function search(page, word, expect) {
  return page.evaluate(
    ({ word, expect }) => {
      const input = document.querySelector('input[aria-label="Search roles"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const subtitleText = () => document.querySelector('.screen-subtitle')?.textContent ?? '';
      const rows = () => [...document.querySelectorAll('table[aria-label="Roles"] tbody tr')];
      const done = () => {
        const text = subtitleText();
        if (expect.total !== undefined) return text === `${expect.total} roles you are tracking`;
        if (!text.startsWith(`${expect.count} of `)) return false;
        if (!expect.company) return true;
        // Every row shown is of that company (the previous company's rows are of another).
        const shown = rows();
        return shown.length > 0 && shown.every((row) => row.textContent.includes(word));
      };
      const start = performance.now();
      setValue.call(input, word);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return window.__benchUntil(done).then((end) => end - start);
    },
    { word, expect },
  );
}

export function filterStatus(page, status) {
  return page.evaluate((status) => {
    const select = document.querySelector('select[aria-label="Filter by status"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    const text = () => document.querySelector('.screen-subtitle')?.textContent ?? '';
    const wanted = status === 'all' ? / you are tracking$/ : / of \d+ roles shown$/;
    const start = performance.now();
    setValue.call(select, status);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return window.__benchUntil(() => wanted.test(text())).then((end) => end - start);
  }, status);
}

/**
 * Clicks the row at `index` in the table (scrolled into view; rows are virtual), or the
 * next bench role (not a sample, not titled as in `skip`) after it, and waits for its
 * checklist. Resolves with the time and the role's title.
 */
export async function openRole(page, index, skip = []) {
  await page.evaluate(async (index) => {
    const scroller = document.querySelector('.table-scroll');
    const rowAt = () => document.querySelector(`tr[data-index="${index}"]`);
    for (let step = 0; step < 100 && !rowAt(); step += 1) {
      scroller.scrollTop = Math.max(0, index * 66 - 100);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, index);
  return page.evaluate(
    ({ index, companies, skip }) => {
      const titleOf = (row) => row.querySelector('.role-link').textContent.trim();
      const rows = [...document.querySelectorAll('table[aria-label="Roles"] tbody tr')].filter(
        (row) =>
          Number(row.dataset.index) >= index &&
          companies.some((company) => row.textContent.includes(company)) &&
          !skip.includes(titleOf(row)),
      );
      rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      const row = rows[0];
      const title = titleOf(row);
      const done = () =>
        document.querySelector('#role-title')?.textContent === title &&
        document.querySelector('.cl-item') !== null;
      const start = performance.now();
      row.click();
      return window.__benchUntil(done).then((end) => ({ ms: end - start, title }));
    },
    { index, companies: COMPANIES, skip },
  );
}

export function openNotesTab(page) {
  return page.evaluate((count) => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find(
      (node) => node.textContent.trim() === 'Notes',
    );
    const done = () => document.querySelectorAll('.notes-list .note-row').length >= count;
    const start = performance.now();
    tab.click();
    return window.__benchUntil(done).then((end) => end - start);
  }, NOTES_PER_ROLE);
}

export function backToRoles(page) {
  return page.evaluate(() => {
    const link = document.querySelector('a.back-link');
    const done = () => document.querySelector('table[aria-label="Roles"] tbody tr') !== null;
    const start = performance.now();
    link.click();
    return window.__benchUntil(done).then((end) => end - start);
  });
}
