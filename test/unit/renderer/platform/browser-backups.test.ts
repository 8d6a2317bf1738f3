import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_DB_NAME,
  BROWSER_BACKUPS_FOLDER,
  KEEP_BROWSER_BACKUPS,
  browserBackupName,
  createBrowserBackups,
  utf8Bytes,
  type BrowserBackups,
} from '../../../../renderer/src/platform/browser-backups';
import { createBrowserPlatform } from '../../../../renderer/src/platform/browser';
import { AUTO_BACKUP_NAME_PATTERN } from '../../../../shared/ipc/backup-names';

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

describe('listing and reading automatic backups through the platform', () => {
  it('lists them newest first with string ids, reasons and UTF-8 sizes', async () => {
    const { store } = freshBackups();
    const platform = createBrowserPlatform('1.2.3', store);
    await store.writeAutoBackup('daily', 'one', day(1));
    await store.writeAutoBackup('pre-upgrade', 'zwei – ü', day(4));
    await store.writeAutoBackup('daily', '😀', day(2));
    const listed = await platform.listAutoBackups();
    expect(listed).toMatchObject({ ok: true });
    const entries = listed.ok ? listed.value : [];
    expect(entries.map(({ at, reason, size }) => ({ at, reason, size }))).toEqual([
      { at: day(4), reason: 'pre-upgrade', size: 11 },
      { at: day(2), reason: 'daily', size: 4 },
      { at: day(1), reason: 'daily', size: 3 },
    ]);
    for (const entry of entries) expect(entry.id).toMatch(/^[1-9]\d*$/);
    expect(await platform.listAutoBackups()).toEqual(listed);
  });

  it('reads one as a file named like the desktop backup', async () => {
    const { store } = freshBackups();
    const platform = createBrowserPlatform('1.2.3', store);
    await store.writeAutoBackup('pre-upgrade', '{"ü":1}', day(2));
    const [entry] = (await store.listBackups()).map((b) => String(b.id));
    expect(await platform.readAutoBackup(entry ?? '')).toEqual({
      ok: true,
      value: {
        name: 'shortlist-2026-01-03-090807-pre-upgrade.json',
        content: '{"ü":1}',
        size: 8,
      },
    });
  });

  it('keeps a pre-restore backup, listed and named by its reason like the desktop', async () => {
    const { store } = freshBackups();
    const platform = createBrowserPlatform('1.2.3', store);
    await store.writeAutoBackup('daily', 'before', day(1));
    expect(await platform.writeAutoBackup('pre-restore', '{"kept":1}')).toMatchObject({
      ok: true,
      value: {
        path: expect.stringMatching(
          /^shortlist-backups\/shortlist-.*-pre-restore\.json$/,
        ) as unknown,
      },
    });
    const listed = await platform.listAutoBackups();
    const [newest] = listed.ok ? listed.value : [];
    expect(newest?.reason).toBe('pre-restore');
    const read = await platform.readAutoBackup(newest?.id ?? '');
    expect(read).toMatchObject({ ok: true, value: { content: '{"kept":1}' } });
    if (read.ok) expect(AUTO_BACKUP_NAME_PATTERN.test(read.value.name)).toBe(true);
  });

  it('refuses an id that is not a stored row, and one rotated away', async () => {
    const { store } = freshBackups();
    const platform = createBrowserPlatform('1.2.3', store);
    await store.writeAutoBackup('daily', 'x', day(0));
    for (const id of ['', '0', '-1', '1.5', '1e3', '../1', ' 1', 'abc']) {
      expect(await platform.readAutoBackup(id)).toEqual({
        ok: false,
        error: 'That is not one of Shortlist’s automatic backups.',
      });
    }
    expect(await platform.readAutoBackup('999')).toEqual({
      ok: false,
      error: 'That automatic backup is no longer kept. Choose another.',
    });
  });

  it('counts UTF-8 bytes like a file would hold them', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'x😀y–ü']) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
  });
});
