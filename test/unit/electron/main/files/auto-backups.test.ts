import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const {
  KEEP_AUTO_BACKUPS,
  backupFileName,
  backupFolder,
  getBackupInfo,
  listAutoBackups,
  parseBackupFileName,
  readAutoBackup,
  rotateBackups,
  writeAutoBackup,
} = await import('../../../../../electron/main/files/auto-backups');

beforeEach(() => {
  resetElectronMock();
});

/** A moment `days` days after 2026-01-01 09:08:07 UTC. */
const day = (days: number): Date => new Date(Date.UTC(2026, 0, 1 + days, 9, 8, 7));

describe('backup file names', () => {
  it('are shortlist-YYYY-MM-DD-HHmmss-<reason>.json in UTC and parse back', () => {
    const at = day(0);
    expect(backupFileName(at, 'daily')).toBe('shortlist-2026-01-01-090807-daily.json');
    expect(backupFileName(at, 'pre-upgrade')).toBe('shortlist-2026-01-01-090807-pre-upgrade.json');
    expect(parseBackupFileName(backupFileName(at, 'pre-upgrade'))).toBe(at.getTime());
    expect(backupFileName(at, 'pre-restore')).toBe('shortlist-2026-01-01-090807-pre-restore.json');
    expect(parseBackupFileName(backupFileName(at, 'pre-restore'))).toBe(at.getTime());
  });

  it.each([
    'shortlist-2026-02-31-090807-daily.json',
    'shortlist-2026-01-01-250807-daily.json',
    'shortlist-2026-01-01-090807-weekly.json',
    'shortlist-2026-01-01-090807-restore.json',
    'shortlist-2026-01-01-090807-pre-restored.json',
    'shortlist-2026-01-01-090807-daily.json.bak',
    'my-shortlist-2026-01-01-090807-daily.json',
    '.shortlist-2026-01-01-090807-daily.json.abc.tmp',
    'notes.txt',
  ])('does not claim %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('writeAutoBackup', () => {
  it('writes into <userData>/Backups atomically and reports it', async () => {
    const path = await writeAutoBackup('daily', '{"formatName":"dexie"}', day(3));
    expect(path).toBe(join(backupFolder(), 'shortlist-2026-01-04-090807-daily.json'));
    expect(await readFile(path, 'utf8')).toBe('{"formatName":"dexie"}');
    expect(await readdir(backupFolder())).toEqual(['shortlist-2026-01-04-090807-daily.json']);
    expect(await getBackupInfo()).toEqual({
      folder: backupFolder(),
      count: 1,
      latestAt: day(3).getTime(),
    });
  });

  it('keeps the newest 14 and never touches foreign files', async () => {
    const folder = backupFolder();
    await mkdir(folder, { recursive: true });
    const foreign = [
      'my copy.json',
      'shortlist-2020-01-01-000000-weekly.json',
      'shortlist-2020-01-01-000000-daily.json.keep',
      'README.txt',
    ];
    for (const name of foreign) await writeFile(join(folder, name), 'mine');
    // A folder matching the pattern is not a backup file either.
    await mkdir(join(folder, 'shortlist-2019-01-01-000000-daily.json'));
    // Every reason rotates alike: the newest 14 are kept whatever made them.
    const reasonFor = (i: number) =>
      i % 5 === 0 ? 'pre-upgrade' : i % 3 === 0 ? 'pre-restore' : 'daily';
    for (let i = 0; i < 20; i++) {
      await writeAutoBackup(reasonFor(i), `backup ${String(i)}`, day(i));
    }
    const names = await readdir(folder);
    const ours = names.filter((n) => parseBackupFileName(n) !== null).sort();
    const expected = Array.from({ length: 20 }, (_, i) => backupFileName(day(i), reasonFor(i)))
      .slice(20 - KEEP_AUTO_BACKUPS)
      .sort();
    expect(KEEP_AUTO_BACKUPS).toBe(14);
    expect(ours).toEqual([...expected, 'shortlist-2019-01-01-000000-daily.json'].sort());
    expect(ours.filter((n) => n.endsWith('-pre-restore.json'))).toHaveLength(4);
    for (const name of foreign) expect(await readFile(join(folder, name), 'utf8')).toBe('mine');
    const info = await getBackupInfo();
    expect(info.count).toBe(14);
    expect(info.latestAt).toBe(day(19).getTime());
  });

  it('keeps the backup just written even when the clock went back', async () => {
    const folder = backupFolder();
    for (let i = 10; i < 24; i++) await writeAutoBackup('daily', 'x', day(i));
    const path = await writeAutoBackup('daily', 'after the clock went back', day(0));
    const names = await readdir(folder);
    expect(names).toHaveLength(14);
    expect(names).toContain('shortlist-2026-01-01-090807-daily.json');
    expect(await readFile(path, 'utf8')).toBe('after the clock went back');
    // The oldest of the others made room.
    expect(names).not.toContain(backupFileName(day(10), 'daily'));
  });

  it('rotates nothing when there are fewer than 14', async () => {
    for (let i = 0; i < 3; i++) await writeAutoBackup('daily', 'x', day(i));
    expect(await rotateBackups(backupFolder())).toEqual([]);
    expect(await readdir(backupFolder())).toHaveLength(3);
  });
});

describe('getBackupInfo', () => {
  it('reports an empty, not yet created folder', async () => {
    expect(await getBackupInfo()).toEqual({ folder: backupFolder(), count: 0, latestAt: null });
  });
});

describe('listAutoBackups', () => {
  it('lists only our backup files, newest first, with reason and size', async () => {
    const folder = backupFolder();
    await mkdir(folder, { recursive: true });
    // Written out of order, so the sort is what puts them newest first.
    await writeAutoBackup('daily', 'aa', day(1));
    await writeAutoBackup('pre-upgrade', 'bbbb', day(5));
    await writeAutoBackup('daily', 'ü', day(3));
    await writeAutoBackup('pre-restore', 'ccc', day(4));
    for (const name of ['my copy.json', 'shortlist-2026-01-09-000000-weekly.json', 'notes.txt']) {
      await writeFile(join(folder, name), 'not a backup');
    }
    await mkdir(join(folder, 'shortlist-2026-01-20-000000-daily.json'));
    expect(await listAutoBackups()).toEqual([
      {
        id: backupFileName(day(5), 'pre-upgrade'),
        at: day(5).getTime(),
        reason: 'pre-upgrade',
        size: 4,
      },
      {
        id: backupFileName(day(4), 'pre-restore'),
        at: day(4).getTime(),
        reason: 'pre-restore',
        size: 3,
      },
      { id: backupFileName(day(3), 'daily'), at: day(3).getTime(), reason: 'daily', size: 2 },
      { id: backupFileName(day(1), 'daily'), at: day(1).getTime(), reason: 'daily', size: 2 },
    ]);
  });

  it('is empty when the folder does not exist yet', async () => {
    expect(await listAutoBackups()).toEqual([]);
  });
});

describe('readAutoBackup', () => {
  it('reads a listed backup as a file, without a byte-order mark', async () => {
    const path = await writeAutoBackup('daily', '\uFEFF{"formatName":"dexie"}', day(2));
    const [entry] = await listAutoBackups();
    expect(entry?.id).toBe('shortlist-2026-01-03-090807-daily.json');
    expect(await readAutoBackup(entry?.id ?? '')).toEqual({
      ok: true,
      value: {
        name: 'shortlist-2026-01-03-090807-daily.json',
        content: '{"formatName":"dexie"}',
        size: (await readFile(path)).byteLength,
      },
    });
  });

  it.each([
    '../shortlist-2026-01-03-090807-daily.json',
    '../x',
    'Backups/../shortlist-2026-01-03-090807-daily.json',
    'sub/shortlist-2026-01-03-090807-daily.json',
    'shortlist-2026-01-03-090807-weekly.json',
    'my copy.json',
    '',
  ])('refuses %j without reading anything', async (id) => {
    // A real file one level up with the backup's name: a traversal would find it.
    await writeFile(
      join(backupFolder(), '..', 'shortlist-2026-01-03-090807-daily.json'),
      'outside',
    );
    await writeAutoBackup('daily', 'inside', day(2));
    const result = await readAutoBackup(id);
    expect(result).toEqual({
      ok: false,
      error: 'That is not one of Shortlist’s automatic backups.',
    });
  });

  it('says when the backup no longer exists', async () => {
    await mkdir(backupFolder(), { recursive: true });
    expect(await readAutoBackup('shortlist-2026-01-03-090807-daily.json')).toEqual({
      ok: false,
      error: '“shortlist-2026-01-03-090807-daily.json” could not be opened: it no longer exists.',
    });
  });

  it('refuses a backup over 256 MB before reading it', async () => {
    const path = await writeAutoBackup('daily', 'x', day(2));
    await truncate(path, 256 * 1024 * 1024 + 1);
    const result = await readAutoBackup(backupFileName(day(2), 'daily'));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/) as unknown,
    });
  });

  it('refuses a folder or a link that happens to match the pattern', async () => {
    const folder = backupFolder();
    await mkdir(join(folder, 'shortlist-2026-01-03-090807-daily.json'), { recursive: true });
    const outside = join(folder, '..', 'secret.json');
    await writeFile(outside, '{"secret":true}');
    await symlink(outside, join(folder, 'shortlist-2026-01-04-090807-daily.json'));
    for (const id of [
      'shortlist-2026-01-03-090807-daily.json',
      'shortlist-2026-01-04-090807-daily.json',
    ]) {
      expect(await readAutoBackup(id)).toEqual({
        ok: false,
        error: `“${id}” is not an automatic backup file.`,
      });
    }
  });
});
