// The bench's search-index step: the bench writes its data straight into IndexedDB, past
// the app's write path, so the app's persisted search index (database 'shortlist-search')
// learns of it only at its next start and rebuilds once, in the background. This waits
// for that one-time rebuild, as a user's index is always kept in step by their writes.
/* global document, indexedDB, window, HTMLInputElement */

/** Resolves with the milliseconds until the index is complete for `roleCount` roles. */
export async function waitForSearchIndex(page, roleCount) {
  const start = performance.now();
  // Polled from here: waitForFunction would take the async check's promise as truthy.
  while (!(await page.evaluate(indexComplete, roleCount))) {
    if (performance.now() - start > 15 * 60_000)
      throw new Error('The search index never completed');
    await page.waitForTimeout(500);
  }
  return performance.now() - start;
}

/** Runs in the page: whether the index says it is whole, for that many roles. */
async function indexComplete(roleCount) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('shortlist-search');
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(String(request.error)));
    };
  });
  try {
    if (!db.objectStoreNames.contains('state')) return false;
    const state = await new Promise((resolve, reject) => {
      const request = db.transaction('state').objectStore('state').get('index');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    return Boolean(state?.complete) && state.fingerprint.split(':')[0] === String(roleCount);
  } finally {
    db.close();
  }
}

/**
 * Opens the search palette (Ctrl+K), types `word` and resolves with the milliseconds until
 * a result holding it shows; then closes the palette.
 */
export async function searchPalette(page, word) {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search everything' }).waitFor();
  const ms = await page.evaluate((word) => {
    const input = document.querySelector('input[aria-label="Search everything"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const found = () =>
      [...document.querySelectorAll('[role="option"]')].some((option) =>
        option.textContent.toLowerCase().includes(word),
      );
    const start = performance.now();
    setValue.call(input, word);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return window.__benchUntil(found).then((end) => end - start);
  }, word);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Search everything' }).waitFor({ state: 'hidden' });
  return ms;
}
