import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpAll } from './idb';

const LXD = 'Engineering Manager, LXD';

async function openBackupDialog(page: Page) {
  await page.getByRole('button', { name: 'Backup & restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Backs up through the dialog and returns the downloaded file's text. */
async function backUp(page: Page): Promise<string> {
  const dialog = await openBackupDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up now…' }).click();
  const text = (await readFile(await (await downloading).path())).toString('utf8');
  await expect(dialog.getByRole('status')).toContainText('Saved to shortlist-backup-');
  return text;
}

async function chooseBackup(page: Page, text: string) {
  const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'backup.json',
    buffer: Buffer.from(text),
    mimeType: 'application/json',
  });
  return dialog;
}

test('a backup changed by one byte is refused by its checksum; one without a checksum needs "Restore anyway"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
  const good = await backUp(page);
  expect(good).toMatch(/"sha256":"[0-9a-f]{64}"/u);
  const before = await dumpAll(page);

  // One letter of a title changed: still valid JSON, still valid rows.
  const at = good.indexOf('Engineering Manager');
  const flipped = `${good.slice(0, at)}E${good[at + 1] === 'n' ? 'm' : 'n'}${good.slice(at + 2)}`;
  const dialog = await chooseBackup(page, flipped);
  await expect(dialog.getByRole('alert')).toContainText('This backup was changed or damaged');
  await expect(
    page.getByRole('dialog', { name: 'Replace all data with this backup?' }),
  ).toHaveCount(0);
  expect(await dumpAll(page)).toEqual(before);

  // An older file has no checksum: it can be restored, after a clear warning.
  const json = JSON.parse(good) as { shortlist: { sha256?: string } };
  delete json.shortlist.sha256;
  await chooseBackup(page, JSON.stringify(json));
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await expect(confirm.getByRole('note')).toContainText('This file has no checksum');
  await confirm.getByRole('button', { name: 'Restore anyway' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Backup & restore' })).toContainText('Restored');
});
