/**
 * Storage full (the origin's quota below its usage, set with the DevTools protocol):
 * Shortlist still opens, read-only, with the data there; Back up and Export all work
 * without any space; once there is space again, Try again makes it writable.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, SEED_TITLES, test } from './fixtures';

const LXD = 'Engineering Manager, LXD';
const CLOUD_ITEM =
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s';
const BANNER = 'Storage is full: changes cannot be saved';
const MB = 1024 * 1024;

async function setQuota(cdp: CDPSession, origin: string, quotaSize?: number): Promise<void> {
  // Without quotaSize the override is removed and the real quota applies again.
  await cdp.send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === undefined ? { origin } : { origin, quotaSize },
  );
}

/**
 * Chromium remembers how much room is left for up to 30 s and only asks again for a
 * write larger than that. A write bigger than the room there was makes it ask, so from
 * now on every write meets the lowered quota. Returns the name of the error it got.
 */
async function writeTooMuch(page: Page, bytes: number): Promise<string> {
  return page.evaluate(async (size) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('quota-filler');
      request.onupgradeneeded = () => request.result.createObjectStore('fill');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    const outcome = await new Promise<string>((resolve) => {
      const tx = db.transaction('fill', 'readwrite');
      tx.objectStore('fill').put('x'.repeat(size), 1);
      tx.oncomplete = () => {
        resolve('written');
      };
      tx.onabort = () => {
        resolve(tx.error?.name ?? 'aborted');
      };
    });
    db.close();
    return outcome;
  }, bytes);
}

async function downloadOf(page: Page, action: () => Promise<void>) {
  const waiting = page.waitForEvent('download');
  await action();
  const download = await waiting;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('with storage full Shortlist opens read-only; Back up and Export all work; Try again makes it writable once there is space', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const cdp = await page.context().newCDPSession(page);
  try {
    // Room for the first launch: the samples and the first automatic backup.
    await setQuota(cdp, origin, 10 * MB);
    await page.goto('/');
    await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();

    await setQuota(cdp, origin, 1);
    expect(await writeTooMuch(page, 12 * MB)).toBe('QuotaExceededError');
    await page.reload();

    const banner = page.getByRole('region', { name: BANNER });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Free space');
    for (const title of SEED_TITLES) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    const axe = await new AxeBuilder({ page }).include('.storage-full').analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    // Back up: a complete backup file, made without writing anything.
    const backup = await downloadOf(page, () =>
      banner.getByRole('button', { name: 'Back up…' }).click(),
    );
    expect(backup.name).toMatch(/^shortlist-backup-\d{4}-\d\d-\d\d\.json$/);
    const parsed = JSON.parse(backup.bytes.toString('utf8')) as {
      shortlist: { schemaVersion: number };
      data: { tables: { name: string; rowCount: number }[] };
    };
    expect(parsed.shortlist.schemaVersion).toBeGreaterThan(0);
    expect(parsed.data.tables.find((table) => table.name === 'roles')?.rowCount).toBe(5);
    const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
    await expect(dialog.getByRole('status')).toContainText(`Saved to ${backup.name}`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Export all: every role as Markdown, plus the index.
    const zip = await downloadOf(page, () =>
      banner.getByRole('button', { name: 'Export all…' }).click(),
    );
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const files = Object.keys(entries);
    expect(files).toHaveLength(6);
    const index = Object.entries(entries).find(([path]) => path.endsWith('/index.md'));
    expect(strFromU8(index?.[1] ?? new Uint8Array())).toContain(LXD);

    // The banner stays on every screen, and editors take nothing they could not keep.
    await page.getByRole('link', { name: LXD, exact: true }).click();
    await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
    await expect(banner).toBeVisible();
    await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).toBeDisabled();
    await page.getByRole('button', { name: `Add evidence for “${CLOUD_ITEM}”` }).click();
    await expect(page.getByRole('textbox', { name: 'Evidence' })).not.toBeEditable();
    await expect(page.getByText('Read-only: storage is full')).toBeVisible();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    const editor = page.getByRole('form', { name: 'Note editor' });
    // Read-only, not disabled: text that could not be saved can still be copied.
    await expect(editor.getByRole('textbox', { name: 'Title' })).not.toBeEditable();
    await expect(editor.getByRole('textbox', { name: 'Note text (Markdown)' })).not.toBeEditable();
    await expect(editor.getByRole('checkbox', { name: 'Pin to top' })).toBeDisabled();
    await expect(editor.getByText('Read-only: storage is full')).toBeVisible();
    await page.getByRole('tab', { name: 'Checklist' }).click();

    // Still full: Try again says so and stays read-only.
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect(banner.getByRole('status')).toHaveText(
      'Still full: free some space, then try again.',
    );

    // Space again: Try again leaves read-only mode, and an edit is kept.
    await setQuota(cdp, origin);
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expect(banner).toHaveCount(0);
    await page.getByRole('checkbox', { name: CLOUD_ITEM }).check();
    await expect(page.getByRole('progressbar', { name: /^1\/\d+ required$/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).toBeChecked();
    await expect(page.getByRole('region', { name: BANNER })).toHaveCount(0);
  } finally {
    await setQuota(cdp, origin);
  }
});
