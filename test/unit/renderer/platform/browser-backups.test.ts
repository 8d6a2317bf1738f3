import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_DB_NAME,
  BROWSER_BACKUPS_FOLDER,
  KEEP_BROWSER_BACKUPS,
  browserBackupName,
  createBrowserBackups,
  type BrowserBackups,
} from '../../../../renderer/src/platform/browser-backups';
import { createBrowserPlatform } from '../../../../renderer/src/platform/browser';

const opened: BrowserBackups[] = [];
let counter = 0;

/** A store on a database of its own, so tests never share state. */
function freshBackups(): { store: BrowserBackups; name: string } {
  counter += 1;
  const name = `shortlist-backups-test-${String(counter)}`;
  const store = createBrowserBackups(name);
  opened.push(store);
  return { store, name };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

const day = (n: number): number => Date.UTC(2026, 0, 1 + n, 9, 8, 7);

describe('browser automatic backups', () => {
  it('live in their own database, apart from the app data', () => {
    expect(BACKUPS_DB_NAME).toBe('shortlist-backups');
    expect(BROWSER_BACKUPS_FOLDER).toBe("This browser's IndexedDB (shortlist-backups)");
  });

  it('report an empty store', async () => {
    const { store } = freshBackups();
    expect(await store.getBackupInfo()).toEqual({
      ok: true,
      value: { folder: BROWSER_BACKUPS_FOLDER, count: 0, latestAt: null },
    });
  });

  it('store one backup with its reason and report it', async () => {
    const { store } = freshBackups();
    expect(await store.writeAutoBackup('pre-upgrade', '{"v":1}', day(2))).toEqual({
      ok: true,
      value: { path: 'shortlist-backups/shortlist-2026-01-03-090807-pre-upgrade.json' },
    });
    expect(await store.getBackupInfo()).toEqual({
      ok: true,
      value: { folder: BROWSER_BACKUPS_FOLDER, count: 1, latestAt: day(2) },
    });
    const [only] = await store.listBackups();
    expect(only).toMatchObject({ at: day(2), reason: 'pre-upgrade', chars: 7 });
    expect(await store.readBackup(only?.id ?? -1)).toBe('{"v":1}');
  });

  it('rotate, keeping the newest 14 with their contents', async () => {
    const { store, name } = freshBackups();
    for (let i = 0; i < 20; i++) {
      const written = await store.writeAutoBackup('daily', `backup ${String(i)}`, day(i));
      expect(written.ok).toBe(true);
    }
    expect(KEEP_BROWSER_BACKUPS).toBe(14);
    const list = await store.listBackups();
    expect(list.map((b) => b.at)).toEqual(Array.from({ length: 14 }, (_, k) => day(19 - k)));
    expect(await store.readBackup(list[0]?.id ?? -1)).toBe('backup 19');
    expect(await store.readBackup(list[13]?.id ?? -1)).toBe('backup 6');
    expect(await store.getBackupInfo()).toMatchObject({ value: { count: 14, latestAt: day(19) } });

    // Checked straight in IndexedDB too, not only through the store.
    const raw = new Dexie(name);
    raw.version(1).stores({ backups: '++id, at' });
    expect(await raw.table('backups').count()).toBe(14);
    raw.close();
  });

  it('keep the backup just written even when the clock went back', async () => {
    const { store } = freshBackups();
    for (let i = 10; i < 24; i++) await store.writeAutoBackup('daily', 'x', day(i));
    await store.writeAutoBackup('daily', 'after the clock went back', day(0));
    const list = await store.listBackups();
    expect(list).toHaveLength(14);
    expect(list.some((b) => b.at === day(0))).toBe(true);
    expect(list.some((b) => b.at === day(10))).toBe(false);
  });

  it('explain a full browser storage and keep the older backups', async () => {
    const { store } = freshBackups();
    await store.writeAutoBackup('daily', 'older', day(0));
    vi.spyOn(Dexie.prototype, 'transaction').mockRejectedValueOnce(
      new DOMException('quota', 'QuotaExceededError'),
    );
    expect(await store.writeAutoBackup('daily', 'newer', day(1))).toEqual({
      ok: false,
      error: 'The automatic backup was not kept: this browser has no storage space left for it.',
    });
    expect((await store.listBackups()).map((b) => b.at)).toEqual([day(0)]);
  });

  it('name backups like the desktop app does', () => {
    expect(browserBackupName(day(0), 'daily')).toBe('shortlist-2026-01-01-090807-daily.json');
  });
});

describe('the browser platform', () => {
  it('keeps automatic backups instead of refusing them', async () => {
    const { store } = freshBackups();
    const platform = createBrowserPlatform('1.2.3', store);
    expect(await platform.writeAutoBackup('daily', '{}')).toMatchObject({ ok: true });
    const info = await platform.getBackupInfo();
    expect(info).toMatchObject({ ok: true, value: { folder: BROWSER_BACKUPS_FOLDER, count: 1 } });
  });
});
