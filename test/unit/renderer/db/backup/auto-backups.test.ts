// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DAILY_BACKUP_MS,
  isBackupDue,
  runDailyBackup,
} from '../../../../../renderer/src/db/backup/auto-backup';
import { backupBeforeUpgrade } from '../../../../../renderer/src/db/backup/pre-upgrade';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import { checkBackup } from '../../../../../renderer/src/db/backup/upgrade-backup';
import { openShortlistDb } from '../../../../../renderer/src/db/db';
import { fail, ok } from '../../../../../shared/ipc/result';
import { fakePlatform } from '../../platform/fake-platform';
import { freshDb, openAtVersion } from '../test-db';
import { deleteTracked, seedRichly, snapshot, track } from './backup-fixtures';

const NOW = 1_760_000_000_000;
const HOUR = 60 * 60 * 1000;
afterEach(deleteTracked);

/** What the fake platform was asked to keep, as [reason, content]. */
function written(calls: unknown[][]): [string, string][] {
  return calls
    .filter((call) => call[0] === 'writeAutoBackup')
    .map((call) => [String(call[1]), String(call[2])]);
}

async function expectRestoresTo(content: string, expected: Record<string, unknown[]>) {
  // An older version's backup is converted first, as restore does.
  const result = await checkBackup(content);
  if (!result.ok) throw new Error(result.error);
  const target = track(freshDb());
  await restoreBackup(target, result.backup);
  expect(await snapshot(target)).toStrictEqual(expected);
}

describe('the pre-upgrade backup', () => {
  /** The check run before opening database `name` at `targetVersion` (app N.0.0). */
  function checkBeforeOpening(
    name: string,
    targetVersion: 1 | 2,
    platform = fakePlatform().platform,
  ) {
    return backupBeforeUpgrade({
      platform,
      targetVersion,
      appVersion: `${String(targetVersion)}.0.0`,
      dbName: name,
    });
  }

  async function existingV1(): Promise<{ name: string; data: Record<string, unknown[]> }> {
    const name = `shortlist-upgrade-${crypto.randomUUID()}`;
    // As the app left it before schema version 2.
    const db = track(openAtVersion(name, 1));
    await seedRichly(db);
    const data = await snapshot(db);
    db.close();
    return { name, data };
  }

  it('saves the data of an older database before it is opened at a newer version', async () => {
    const { name, data } = await existingV1();
    const fake = fakePlatform();
    const outcome = await checkBeforeOpening(name, 2, fake.platform);
    expect(outcome).toEqual({
      status: 'written',
      version: 1,
      path: '/data/backups/pre-upgrade.json',
    });
    const [backup, ...more] = written(fake.calls);
    expect(more).toEqual([]);
    expect(backup?.[0]).toBe('pre-upgrade');
    const header = (JSON.parse(backup?.[1] ?? '{}') as { shortlist: unknown }).shortlist;
    expect(header).toMatchObject({ appVersion: '2.0.0', schemaVersion: 1 });
    await expectRestoresTo(backup?.[1] ?? '', data);
    // Its connection is closed: the app opens the database right after, unblocked.
    const reopened = track(openShortlistDb(name));
    expect(await reopened.roles.count()).toBe(data.roles?.length);
  });

  /**
   * What Dexie does when it patches a schema in place (an index the declaration has but
   * the database lacks): IndexedDB version 11, still schema version 1.
   */
  function patchToNative11(name: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 11);
      request.onupgradeneeded = () => {
        request.transaction?.objectStore('roles').createIndex('company', 'company');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
  }

  it('reads IndexedDB version 11 (a patched schema 1) as schema version 1', async () => {
    const { name, data } = await existingV1();
    await patchToNative11(name);
    expect((await indexedDB.databases()).find((info) => info.name === name)?.version).toBe(11);

    const current = await checkBeforeOpening(name, 1);
    expect(current).toEqual({ status: 'current', version: 1 });

    const fake = fakePlatform();
    const outcome = await checkBeforeOpening(name, 2, fake.platform);
    expect(outcome).toEqual({
      status: 'written',
      version: 1,
      path: '/data/backups/pre-upgrade.json',
    });
    const content = written(fake.calls)[0]?.[1] ?? '';
    const header = (JSON.parse(content) as { shortlist: unknown }).shortlist;
    expect(header).toMatchObject({ schemaVersion: 1 });
    // The backup is restorable, not refused for a header of 1.1.
    await expectRestoresTo(content, data);
  });

  it('does nothing when the database is already at the target version', async () => {
    const { name } = await existingV1();
    const fake = fakePlatform();
    const outcome = await checkBeforeOpening(name, 1, fake.platform);
    expect(outcome).toEqual({ status: 'current', version: 1 });
    expect(written(fake.calls)).toEqual([]);
  });

  it('does nothing on first launch, when there is no database yet', async () => {
    const fake = fakePlatform();
    const name = `shortlist-none-${crypto.randomUUID()}`;
    const outcome = await checkBeforeOpening(name, 2, fake.platform);
    expect(outcome).toEqual({ status: 'none' });
    expect(written(fake.calls)).toEqual([]);
    // Looking did not create it.
    expect((await indexedDB.databases()).some((info) => info.name === name)).toBe(false);
  });

  it('reports a platform that could not keep the backup, without throwing', async () => {
    const { name } = await existingV1();
    const fake = fakePlatform({ writeAutoBackup: () => Promise.resolve(fail('Disk full.')) });
    const outcome = await checkBeforeOpening(name, 2, fake.platform);
    expect(outcome).toEqual({ status: 'failed', error: 'Disk full.' });
  });
});

describe('the daily backup', () => {
  const withLatest = (latestAt: number | null) =>
    fakePlatform({
      getBackupInfo: () => Promise.resolve(ok({ folder: '/data/backups', count: 3, latestAt })),
    });

  it('writes one when there is none yet, holding all the data', async () => {
    const db = track(freshDb());
    await seedRichly(db);
    const fake = withLatest(null);
    const outcome = await runDailyBackup(db, fake.platform, { appVersion: '1.2.3', now: NOW });
    expect(outcome).toEqual({ status: 'written', path: '/data/backups/daily.json' });
    const [backup] = written(fake.calls);
    expect(backup?.[0]).toBe('daily');
    await expectRestoresTo(backup?.[1] ?? '', await snapshot(db));
  });

  it('writes one when the newest is a day old, not when it is an hour old', async () => {
    const db = track(freshDb());
    const old = withLatest(NOW - DAILY_BACKUP_MS - HOUR);
    expect((await runDailyBackup(db, old.platform, { appVersion: '1', now: NOW })).status).toBe(
      'written',
    );
    const recent = withLatest(NOW - HOUR);
    expect(await runDailyBackup(db, recent.platform, { appVersion: '1', now: NOW })).toEqual({
      status: 'recent',
      latestAt: NOW - HOUR,
    });
    expect(written(recent.calls)).toEqual([]);
  });

  it('treats a newest backup from the future (a clock change) as due', () => {
    expect(isBackupDue(NOW + DAILY_BACKUP_MS, NOW)).toBe(true);
    expect(isBackupDue(NOW - DAILY_BACKUP_MS + 1, NOW)).toBe(false);
    expect(isBackupDue(NOW - DAILY_BACKUP_MS, NOW)).toBe(true);
  });

  it('says when the platform keeps no automatic backups, writing nothing', async () => {
    const db = track(freshDb());
    const fake = fakePlatform({ getBackupInfo: () => Promise.resolve(fail('Not here.')) });
    expect(await runDailyBackup(db, fake.platform, { appVersion: '1', now: NOW })).toEqual({
      status: 'unavailable',
      error: 'Not here.',
    });
    expect(written(fake.calls)).toEqual([]);
  });

  it('turns failures into an outcome, never an exception', async () => {
    const db = track(freshDb());
    const refusing = fakePlatform({ writeAutoBackup: () => Promise.resolve(fail('Disk full.')) });
    expect(await runDailyBackup(db, refusing.platform, { appVersion: '1', now: NOW })).toEqual({
      status: 'failed',
      error: 'Disk full.',
    });
    const throwing = fakePlatform({ getBackupInfo: () => Promise.reject(new Error('IPC gone')) });
    expect(await runDailyBackup(db, throwing.platform, { appVersion: '1', now: NOW })).toEqual({
      status: 'failed',
      error: 'IPC gone',
    });
  });
});
