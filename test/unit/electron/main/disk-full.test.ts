/**
 * The desktop app on a full disk: every write the main process makes (automatic backups,
 * saved files, the window state) fails with ENOSPC or EDQUOT, and each turns into a
 * clear answer or a quiet log. Nothing throws out of a handler, nothing half-written is
 * left behind, and what was on disk before stays as it was.
 */
import { readdir, readFile, writeFile as writeFileAsync } from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

/** Lets a test make node:fs's writeFileSync fail as a full disk does. */
const sync = vi.hoisted(() => ({ failWith: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      if (sync.failWith === null) {
        real.writeFileSync(...args);
        return;
      }
      // Half the text reaches the disk, then it is full (window-state writes a string).
      const [path, data] = args;
      const text = typeof data === 'string' ? data : '';
      real.writeFileSync(path, text.slice(0, text.length / 2));
      throw Object.assign(new Error(`${sync.failWith}: no space left on device`), {
        code: sync.failWith,
      });
    },
  };
});

const { resetHandlersForTests } = await import('../../../../electron/main/ipc/register');
const { setupBackupHandlers } = await import('../../../../electron/main/ipc/backup-handlers');
const { backupFolder, writeAutoBackup } =
  await import('../../../../electron/main/files/auto-backups');
const { atomicWriteOps } = await import('../../../../electron/main/files/atomic-write');
const { saveWindowState, DEFAULT_WINDOW_STATE } =
  await import('../../../../electron/main/window-state');

const appEvent = {
  senderFrame: { url: 'app://shortlist/index.html', parent: null },
  sender: {},
} as unknown as IpcMainInvokeEvent;

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(listener(appEvent, ...args));
}

const systemError = (code: string): Error =>
  Object.assign(new Error(`${code}: no space left on device`), { code });

/** The disk fills up while an atomic write's temp file is being written. */
function fillDiskDuringWrites(code: string): void {
  vi.spyOn(atomicWriteOps, 'writeTemp').mockImplementation(async (path, content, mode) => {
    await writeFileAsync(path, content.slice(0, content.length / 2), { mode });
    throw systemError(code);
  });
}

beforeEach(() => {
  resetElectronMock();
  resetHandlersForTests();
  setupBackupHandlers();
  sync.failWith = null;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('automatic backups on a full disk', () => {
  it.each(['ENOSPC', 'EDQUOT'])(
    'answer %s with a message saying the disk is full and where older backups are',
    async (code) => {
      await writeAutoBackup('daily', '{"kept":1}', new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
      const before = await readdir(backupFolder());
      fillDiskDuringWrites(code);

      const answer = await invoke('backup:write-auto', { reason: 'daily', content: '{"new":2}' });
      expect(answer).toEqual({
        ok: false,
        error: `The automatic backup was not kept: the disk is full. Free some space on it (older automatic backups are in “${backupFolder()}”), then try again.`,
      });
      // The kept backup is untouched and no temp file is left taking space.
      expect(await readdir(backupFolder())).toEqual(before);
      expect(await readFile(join(backupFolder(), before[0] ?? ''), 'utf8')).toBe('{"kept":1}');
    },
  );

  it('answers a full disk before the Backups folder exists', async () => {
    vi.spyOn(atomicWriteOps, 'writeTemp').mockRejectedValue(systemError('ENOSPC'));
    const answer = (await invoke('backup:write-auto', {
      reason: 'pre-restore',
      content: '{}',
    })) as {
      ok: boolean;
      error: string;
    };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^The automatic backup was not kept: the disk is full\./);
  });
});

describe('the window state on a full disk', () => {
  it('keeps the previous state, leaves no half-written temp file, and does not throw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-disk-full-'));
    const file = join(dir, 'window-state.json');
    const previous = { ...DEFAULT_WINDOW_STATE, width: 1000 };
    expect(saveWindowState(file, previous)).toBe(true);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    sync.failWith = 'ENOSPC';
    expect(saveWindowState(file, { ...previous, width: 1200 })).toBe(false);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(previous);
  });
});
