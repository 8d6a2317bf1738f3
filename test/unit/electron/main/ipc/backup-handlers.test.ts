import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { resetHandlersForTests } = await import('../../../../../electron/main/ipc/register');
const { setupBackupHandlers } = await import('../../../../../electron/main/ipc/backup-handlers');
const { backupFolder, writeAutoBackup } =
  await import('../../../../../electron/main/files/auto-backups');

const appEvent = {
  senderFrame: { url: 'app://shortlist/index.html', parent: null },
  sender: {},
} as unknown as IpcMainInvokeEvent;

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(listener(appEvent, ...args));
}

const NAME = 'shortlist-2026-03-04-050607-pre-upgrade.json';
const AT = Date.UTC(2026, 2, 4, 5, 6, 7);

beforeEach(async () => {
  resetElectronMock();
  resetHandlersForTests();
  setupBackupHandlers();
  await writeAutoBackup('pre-upgrade', '{"backup":1}', new Date(AT));
});

describe('backup:write-auto', () => {
  it('accepts a pre-restore backup and lists it with its reason', async () => {
    const written = await invoke('backup:write-auto', { reason: 'pre-restore', content: '{}' });
    expect(written).toMatchObject({
      ok: true,
      value: { path: expect.stringMatching(/-pre-restore\.json$/) as unknown },
    });
    const listed = (await invoke('backup:list-auto', null)) as {
      value: { reason: string }[];
    };
    expect(listed.value.map((entry) => entry.reason).sort()).toEqual([
      'pre-restore',
      'pre-upgrade',
    ]);
  });

  it('refuses a reason it does not know', async () => {
    expect(await invoke('backup:write-auto', { reason: 'weekly', content: '{}' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid request for backup:write-auto/) as unknown,
    });
  });
});

describe('backup:list-auto', () => {
  it('answers with the kept backups', async () => {
    await writeFile(join(backupFolder(), 'other.json'), '{}');
    expect(await invoke('backup:list-auto', null)).toEqual({
      ok: true,
      value: [{ id: NAME, at: AT, reason: 'pre-upgrade', size: 12 }],
    });
  });

  it('refuses a payload', async () => {
    expect(await invoke('backup:list-auto', { folder: '/' })).toMatchObject({ ok: false });
  });
});

describe('backup:read-auto', () => {
  it('reads a backup by its name', async () => {
    expect(await invoke('backup:read-auto', { id: NAME })).toEqual({
      ok: true,
      value: { name: NAME, content: '{"backup":1}', size: 12 },
    });
  });

  it.each([
    null,
    NAME,
    {},
    { id: 7 },
    { id: NAME, extra: true },
    { id: `../${NAME}` },
    { id: `${NAME}/../${NAME}` },
    { id: `/tmp/${NAME}` },
    { id: `C:\\Backups\\${NAME}` },
    { id: `./${NAME}` },
    { id: `${NAME}\n` },
    { id: 'shortlist-2026-03-04-050607-weekly.json' },
    { id: '..' },
  ])('refuses the payload %j before touching the disk', async (payload) => {
    const result = await invoke('backup:read-auto', payload);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid request for backup:read-auto/) as unknown,
    });
  });
});
