/**
 * Issue 9 in the browser build: a list under a heading the parser did not know is
 * switched to Requirements as a whole, a "Possibly a requirement" sentence is added with
 * one click, and a sample role whose checklist an older parser made is offered its new
 * requirements once, keeping a tick and its evidence.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checklist, dialog, expectAccessibleDialog, reviewItems } from './import-steps';

const POSTING = readFileSync(
  new URL('../../fixtures/postings/review-sections.md', import.meta.url),
  'utf8',
);
const CANDIDATE = [
  'Five years leading distributed engineering teams',
  'Deep knowledge of Linux storage internals',
  'Hands-on experience with Ceph or ZFS',
  'A track record of hiring and developing engineers',
];
const BLOCK = 'A deep understanding of the Linux block layer goes a long way here.';
const LXD = 'Engineering Manager, LXD';
const GO_ITEM = 'You have experience programming in C andor Go.';
const EVIDENCE = 'Wrote the LXD storage driver in Go.';

test('a whole section is switched to Requirements and a possible one added in a click', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New role' }).click();
  await dialog(page).getByRole('textbox', { name: 'Posting text' }).fill(POSTING);
  await dialog(page).getByRole('button', { name: 'Review' }).click();
  const section = dialog(page).getByRole('combobox', { name: /^Section “The successful/ });

  // Off the checklist, then back as a whole: every item of the list, as required.
  await section.selectOption('Other');
  await expect(reviewItems(page, 'Required')).toHaveCount(0);
  await expect(dialog(page).getByText(/0 in the checklist/)).toBeVisible();
  await section.selectOption('Requirements');
  await expect(section).toHaveValue('requirements');
  await expect(reviewItems(page, 'Required')).toHaveText(CANDIDATE);
  await expect(
    dialog(page).getByRole('status').filter({ hasText: 'is now Requirements' }),
  ).toHaveText(
    'Section “The successful Engineering Manager candidate will have” is now Requirements: 4 items on the checklist.',
  );

  const possible = dialog(page).getByRole('list', { name: 'Possibly a requirement' });
  const block = possible.getByRole('listitem').filter({ hasText: BLOCK });
  await expectAccessibleDialog(page, 'review with sections and possible requirements');
  await block.getByRole('button', { name: 'Add as preferred' }).click();
  await expect(reviewItems(page, 'Preferred')).toHaveText([BLOCK]);
  await expect(possible).toHaveCount(0);
  await expect(dialog(page).getByText(/5 in the checklist/)).toBeVisible();

  await dialog(page).getByRole('button', { name: 'Save role' }).click();
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager, Storage', level: 1 }),
  ).toBeVisible();
  await expect.poll(() => checklist(page, 'Required')).toEqual(CANDIDATE);
  await expect.poll(() => checklist(page, 'Preferred')).toEqual([BLOCK]);
  // Saved from a review with this parser: nothing to offer.
  await expect(page.locator('[data-upgrade-offer="none"]')).toBeAttached();
});

/**
 * In the page: makes a role's checklist what the parser before prose requirements gave —
 * only the list items of its requirements sections — with its progress recounted and no
 * parser version recorded. Returns how many items it dropped and kept.
 */
async function asOlderParserLeftIt(
  page: Page,
  title: string,
): Promise<{ dropped: number; kept: number }> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shortlist');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    const read = <T>(request: IDBRequest) =>
      new Promise<T>((resolve) => {
        request.onsuccess = () => {
          resolve(request.result as T);
        };
      });
    type Item = { id: string; text: string; kind: 'required' | 'preferred'; checked: 0 | 1 };
    const tx = db.transaction(['roles', 'postings', 'requirements', 'meta'], 'readwrite');
    const roles = await read<{ id: string; title: string }[]>(tx.objectStore('roles').getAll());
    const role = roles.find((entry) => entry.title === name);
    if (!role) throw new Error(`no role ${name}`);
    const posting = await read<{ sections: { kind: string; items: string[] }[] }>(
      tx.objectStore('postings').get(role.id),
    );
    const listed = new Set(
      posting.sections.filter((s) => s.kind === 'requirements').flatMap((s) => s.items),
    );
    const items = await read<Item[]>(
      tx.objectStore('requirements').index('roleId').getAll(role.id),
    );
    const kept = items.filter((item) => listed.has(item.text));
    for (const item of items)
      if (!kept.includes(item)) tx.objectStore('requirements').delete(item.id);
    const count = (kind: Item['kind']) => kept.filter((item) => item.kind === kind);
    const progress = Object.fromEntries(
      (['required', 'preferred'] as const).map((kind) => [
        kind,
        {
          done: count(kind).filter((item) => item.checked === 1).length,
          total: count(kind).length,
        },
      ]),
    );
    tx.objectStore('roles').put({ ...role, progress });
    tx.objectStore('meta').delete(`setting:parser-version:${role.id}`);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
    return { dropped: items.length - kept.length, kept: kept.length };
  }, title);
}

/** Every checklist item's wording, required then preferred. */
async function allItems(page: Page): Promise<string[]> {
  return [...(await checklist(page, 'Required')), ...(await checklist(page, 'Preferred'))];
}

async function openRole(page: Page, title: string) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('a sample made by the older parser is offered its new requirements once', async ({ page }) => {
  await page.goto('/');
  await openRole(page, LXD);
  // The checklist comes from one live query: once an item shows, all of them do.
  await expect(page.getByRole('checkbox', { name: GO_ITEM })).toBeVisible();
  const current = await allItems(page);
  await page.getByRole('checkbox', { name: GO_ITEM }).check();
  await page.getByRole('button', { name: `Add evidence for “${GO_ITEM}”` }).click();
  const details = page.getByRole('group', { name: `Details of “${GO_ITEM}”` });
  await details.getByRole('textbox', { name: 'Evidence' }).fill(EVIDENCE);
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  const { dropped } = await asOlderParserLeftIt(page, LXD);
  expect(dropped, 'the parser finds prose requirements in the LXD posting').toBeGreaterThan(0);
  await page.reload();
  await expect.poll(() => allItems(page)).toHaveLength(current.length - dropped);
  const offer = page.getByRole('region', { name: `${String(dropped)} new requirements found` });
  await expect(offer).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.upgrade-offer').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await offer.getByRole('button', { name: 'Review' }).click();
  const reparse = page.getByRole('dialog', { name: 'Re-parse the posting' });
  await expect(reparse.getByRole('list', { name: 'Summary' })).toContainText(
    `${String(dropped)} new`,
  );
  await expectAccessibleDialog(page, 'the new-requirements review');
  await reparse.getByRole('button', { name: 'Apply' }).click();
  await expect(reparse).toBeHidden();
  await expect(offer).toBeHidden();
  await expect.poll(() => allItems(page)).toEqual(current);
  await expect(page.getByRole('checkbox', { name: GO_ITEM })).toBeChecked();

  // Once: not offered again after a reload, and the tick and evidence are as they were.
  await page.reload();
  await expect(page.locator('[data-upgrade-offer="none"]')).toBeAttached();
  await expect(page.getByRole('region', { name: /new requirements? found/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: GO_ITEM })).toBeChecked();
  await page.getByRole('button', { name: `Evidence for “${GO_ITEM}”` }).click();
  await expect(details.getByRole('textbox', { name: 'Evidence' })).toHaveValue(EVIDENCE);
});

test('Not now changes nothing and hides the offer for good', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
  const { dropped, kept } = await asOlderParserLeftIt(page, LXD);
  await page.reload();
  await openRole(page, LXD);
  const offer = page.getByRole('region', { name: /new requirements? found/ });
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-upgrade-offer="none"]')).toBeAttached();
  await expect(offer).toHaveCount(0);
  await expect.poll(() => allItems(page)).toHaveLength(kept);
  await page.getByRole('tab', { name: 'Posting' }).click();
  await page.getByRole('button', { name: 'Re-parse posting' }).click();
  const reparse = page.getByRole('dialog', { name: 'Re-parse the posting' });
  await expect(reparse.getByRole('list', { name: 'Summary' })).toContainText(
    `${String(dropped)} new`,
  );
});
