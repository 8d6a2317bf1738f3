import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SEED_TITLES, test } from './fixtures';
import { dumpAll } from './idb';

const LXD = 'Engineering Manager, LXD';
const CLOUD_ITEM =
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s';

async function openRole(page: Page, title: string) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

async function tickCloudItem(page: Page) {
  await openRole(page, LXD);
  await page.getByRole('checkbox', { name: CLOUD_ITEM }).check();
  await expect(page.getByRole('progressbar', { name: '1/11 required' })).toBeVisible();
}

async function openBackupDialog(page: Page) {
  await page.getByRole('button', { name: 'Backup & restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function restoreFile(page: Page, file: { name: string; buffer: Buffer }) {
  const dialog = await openBackupDialog(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/json' });
  return dialog;
}

test('a broken backup is refused with the reason, and nothing changes', async ({ page }) => {
  await page.goto('/');
  await tickCloudItem(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Roles/ })
    .click();
  for (const title of SEED_TITLES) {
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  const before = await dumpAll(page);
  expect(Object.keys(before)).toHaveLength(12);
  expect(before.requirements?.some((row) => (row as { checked: number }).checked === 1)).toBe(true);

  const truncated = Buffer.from(
    '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"shor',
  );
  const dialog = await restoreFile(page, { name: 'broken.json', buffer: truncated });
  await expect(dialog.getByRole('alert')).toContainText(
    'This file is not a Shortlist backup: it ends too early',
  );
  await expect(
    page.getByRole('dialog', { name: 'Replace all data with this backup?' }),
  ).toHaveCount(0);

  // A hostile one too: valid JSON with a __proto__ key, refused by naming that key.
  const hostile = Buffer.from('{"formatName":"dexie","__proto__":{"polluted":true}}');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await restoreFile(page, { name: 'hostile.json', buffer: hostile });
  await expect(dialog.getByRole('alert')).toContainText(
    'it contains the key “__proto__”, which Shortlist refuses',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Every record of every store exactly as it was.
  expect(await dumpAll(page)).toEqual(before);
  await openRole(page, LXD);
  await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).toBeChecked();
});

test('a backup whose records do not link up is refused, and nothing changes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
  const dialog = await openBackupDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up now…' }).click();
  const file = await readFile(await (await downloading).path());
  await expect(dialog.getByRole('status')).toContainText('Saved to shortlist-backup-');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Two checklist items moved, by hand, to a role the file does not hold.
  const json = JSON.parse(file.toString('utf8')) as {
    shortlist: { sha256?: string };
    data: { data: { tableName: string; rows: { roleId: string }[] }[] };
  };
  // Without its checksum, as a hand-made file: the link check is what must refuse it.
  delete json.shortlist.sha256;
  const items = json.data.data.find((table) => table.tableName === 'requirements')?.rows ?? [];
  for (const item of items.slice(0, 2)) item.roleId = 'gone';
  const before = await dumpAll(page);

  await restoreFile(page, { name: 'edited.json', buffer: Buffer.from(JSON.stringify(json)) });
  await expect(dialog.getByRole('alert')).toContainText(
    'This backup is damaged: 2 checklist items belong to a role that is not in the file (first: “',
  );
  await expect(
    page.getByRole('dialog', { name: 'Replace all data with this backup?' }),
  ).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await dumpAll(page)).toEqual(before);
});

test('back up, change something, restore: the change is undone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
  const dialog = await openBackupDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up now…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shortlist-backup-\d{4}-\d\d-\d\d\.json$/);
  await expect(dialog.getByRole('status')).toContainText('Saved to shortlist-backup-');
  const backup = await readFile(await download.path());
  expect(JSON.parse(backup.toString('utf8'))).toMatchObject({
    formatName: 'dexie',
    shortlist: { schemaVersion: 3 },
  });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await tickCloudItem(page);
  await restoreFile(page, { name: download.suggestedFilename(), buffer: backup });
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  const rolesRow = confirm.getByRole('row', { name: /^Roles/ });
  // The same five roles, one of them changed by the tick, and the tick itself shows.
  await expect(rolesRow.getByRole('cell')).toHaveText(['5', '5', '1 changed']);
  const itemsRow = confirm.getByRole('row', { name: /^Checklist items/ });
  await expect(itemsRow.getByRole('cell').nth(2)).toHaveText('1 changed');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(dialog.getByRole('status')).toContainText('Restored the backup from');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await openRole(page, LXD);
  await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).not.toBeChecked();
  await expect(page.getByRole('progressbar', { name: '0/11 required' })).toBeVisible();
});

test('a daily automatic backup is kept shortly after start-up', async ({ page }) => {
  await page.goto('/');
  const dialog = await openBackupDialog(page);
  await expect(dialog.getByText("This browser's IndexedDB (shortlist-backups)")).toBeVisible();
  // The dialog updates when the first backup of the day has been kept.
  await expect(dialog.getByText(/^1 kept; the newest from /)).toBeVisible({ timeout: 10_000 });
  const kept = await page.evaluate(
    () =>
      new Promise<{ reason: string; content: string }[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist-backups');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('backups').objectStore('backups').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { reason: string; content: string }[]);
          };
        };
      }),
  );
  expect(kept.map((backup) => backup.reason)).toEqual(['daily']);
  const content = JSON.parse(kept[0]?.content ?? '{}') as { data?: { data?: unknown[] } };
  expect(content).toMatchObject({ formatName: 'dexie', shortlist: { schemaVersion: 3 } });
  expect(content.data?.data).toHaveLength(12);
});

test('restoring the automatic backup from the list undoes a later change', async ({ page }) => {
  await page.goto('/');
  let dialog = await openBackupDialog(page);
  // The daily backup taken shortly after start-up appears in the list.
  const list = dialog.getByRole('list', { name: 'Kept automatic backups' });
  await expect(list.getByRole('listitem')).toHaveCount(1, { timeout: 10_000 });
  await expect(list.getByRole('listitem')).toContainText('Daily');
  await expectAccessibleDialogs(page, 'the automatic backup list');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await tickCloudItem(page);
  dialog = await openBackupDialog(page);
  const restore = dialog.getByRole('button', { name: /^Restore the backup from .+…$/ });
  await expect(restore).toHaveText('Restore…');
  // By keyboard: focus the row's button and press Enter.
  await restore.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await expect(confirm).toContainText(/“shortlist-\d{4}-\d\d-\d\d-\d{6}-daily\.json” was made/);
  await expect(confirm.getByRole('row', { name: /^Roles/ }).getByRole('cell')).toHaveText([
    '5',
    '5',
    '1 changed',
  ]);
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(dialog.getByRole('status')).toContainText('Restored the backup from');
  // What was replaced is kept first, and listed as such.
  await expect(list.getByRole('listitem').filter({ hasText: 'Before restore' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await openRole(page, LXD);
  await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).not.toBeChecked();
  await expect(page.getByRole('progressbar', { name: '0/11 required' })).toBeVisible();
});

/** axe-core on the open dialogs only: serious or critical violations fail. */
async function expectAccessibleDialogs(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((n) => n.target) }));
  expect(serious, `axe violations in ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dialog, an error and the confirmation are accessible (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('link', { name: LXD, exact: true })).toBeVisible();
    // The keyboard reaches the Sidebar entry, and Enter opens the dialog.
    await page.getByRole('button', { name: 'Backup & restore' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
    await expect(dialog.getByText(/kept; the newest from|None yet|not kept here/)).toBeVisible();
    await expectAccessibleDialogs(page, `the dialog (${colorScheme})`);

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Back up now…' }).click();
    const backup = await readFile(await (await downloading).path());
    await dialog.getByRole('button', { name: 'Close' }).click();

    await restoreFile(page, { name: 'broken.json', buffer: Buffer.from('[') });
    await expect(dialog.getByRole('alert')).toContainText('not a Shortlist backup');
    await expectAccessibleDialogs(page, `an error (${colorScheme})`);

    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'ok.json', mimeType: 'application/json', buffer: backup });
    const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
    await expect(confirm).toBeVisible();
    await expectAccessibleDialogs(page, `the confirmation (${colorScheme})`);
    // Escape cancels: nothing is restored.
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(dialog.getByRole('status')).toContainText('Nothing was restored');
  });
}
