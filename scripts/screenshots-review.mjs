// The review step's section switching and possible requirements, and the one-time
// "new requirements found" notice, for scripts/screenshots.mjs (one page per scheme).
import { readFileSync } from 'node:fs';

const posting = readFileSync(
  new URL('../test/fixtures/postings/review-sections.md', import.meta.url),
  'utf8',
);

/** Paste a posting whose list sits under a bold line, switch that section, shoot. */
export async function reviewSectionShots(page, base, outDir, scheme) {
  await page.goto(base);
  await page.getByRole('button', { name: 'New role' }).first().click();
  await page.getByLabel('Posting text').fill(posting);
  await page.getByRole('button', { name: 'Review' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Review the new role' }).waitFor();
  await dialog
    .getByRole('combobox', { name: /^Section “What your week/ })
    .selectOption('responsibilities');
  await dialog
    .getByRole('combobox', { name: /^Section “The successful/ })
    .selectOption('requirements');
  // Sections with their kinds, the possible requirements and the coverage line.
  await page.screenshot({ path: `${outDir}/review-sections-${scheme}.png` });
  // The checklist, each item saying why it is there, with the possible one added.
  await dialog.getByRole('button', { name: 'Add as preferred' }).first().click();
  await dialog.getByRole('heading', { name: /^Checklist/ }).evaluate((heading) => {
    // Scroll the dialog's own scrolling body, not the page behind it.
    let box = heading.parentElement;
    while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
    if (box) box.scrollTop = heading.offsetTop - box.offsetTop - 8;
  });
  await page.screenshot({ path: `${outDir}/review-checklist-why-${scheme}.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard' }).click();
}

/**
 * The LXD sample as an older parser left it (only its "Who you are" list), so opening
 * it shows the notice.
 */
export async function upgradeOfferShot(page, base, outDir, scheme) {
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  await page.evaluate(olderChecklist, 'Engineering Manager, LXD');
  await page.reload();
  await page.getByRole('link', { name: 'Engineering Manager, LXD' }).click();
  await page.getByRole('button', { name: 'Not now' }).waitFor();
  await page.screenshot({ path: `${outDir}/upgrade-offer-${scheme}.png` });
  // Review opens the re-parse preview: the new items, each with why it was taken.
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('list', { name: 'Checklist changes' }).waitFor();
  await page.screenshot({ path: `${outDir}/upgrade-review-${scheme}.png` });
  await page.keyboard.press('Escape');
}

/**
 * In the page: drops a role's items that are not list items of its requirements
 * sections, recounts its progress and forgets its parser version.
 */
async function olderChecklist(title) {
  const db = await new Promise((resolve, reject) => {
    const request = globalThis.indexedDB.open('shortlist');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (store) =>
    new Promise((resolve) => {
      db.transaction(store).objectStore(store).getAll().onsuccess = (event) =>
        resolve(event.target.result);
    });
  const role = (await all('roles')).find((r) => r.title === title);
  const posting = (await all('postings')).find((p) => p.roleId === role.id);
  const listed = new Set(
    posting.sections.filter((s) => s.kind === 'requirements').flatMap((s) => s.items),
  );
  const tx = db.transaction(['roles', 'requirements', 'meta'], 'readwrite');
  const items = await new Promise((resolve) => {
    tx.objectStore('requirements').index('roleId').getAll(role.id).onsuccess = (event) =>
      resolve(event.target.result);
  });
  const kept = items.filter((item) => listed.has(item.text));
  for (const item of items) {
    if (!kept.includes(item)) tx.objectStore('requirements').delete(item.id);
  }
  const tally = (kind) => {
    const ofKind = kept.filter((item) => item.kind === kind);
    return { done: ofKind.filter((item) => item.checked === 1).length, total: ofKind.length };
  };
  tx.objectStore('roles').put({
    ...role,
    progress: { required: tally('required'), preferred: tally('preferred') },
  });
  tx.objectStore('meta').delete(`setting:parser-version:${role.id}`);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}
