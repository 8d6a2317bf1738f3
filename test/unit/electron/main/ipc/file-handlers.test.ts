import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { resetHandlersForTests } = await import('../../../../../electron/main/ipc/register');
const { setupFileHandlers } = await import('../../../../../electron/main/ipc/file-handlers');
const { setupBackupHandlers } = await import('../../../../../electron/main/ipc/backup-handlers');
const { setupClipboardHandlers } =
  await import('../../../../../electron/main/ipc/clipboard-handlers');
const { backupFolder } = await import('../../../../../electron/main/files/auto-backups');
const { atomicWriteOps } = await import('../../../../../electron/main/files/atomic-write');

const { dialog } = electronModule;
const NEW_CHANNELS = [
  'clipboard:write-text',
  'file:save',
  'file:save-folder',
  'file:folder-begin',
  'file:folder-write',
  'file:folder-finish',
  'file:folder-abort',
  'file:open',
  'backup:write-auto',
  'backup:get-info',
];

/** A call from the app's main frame in `win` (or from no window). */
function eventFrom(win: FakeBrowserWindow | null): IpcMainInvokeEvent {
  return {
    senderFrame: { url: 'app://shortlist/index.html', parent: null },
    sender: win?.webContents ?? {},
  } as unknown as IpcMainInvokeEvent;
}

function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(listener(event, ...args));
}

function setupAll(): void {
  setupClipboardHandlers();
  setupFileHandlers();
  setupBackupHandlers();
}

let win: FakeBrowserWindow;
let dir: string;

beforeEach(async () => {
  resetElectronMock();
  resetHandlersForTests();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  win = new FakeBrowserWindow({});
  dir = await mkdtemp(join(tmpdir(), 'shortlist-handlers-'));
  setupAll();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registration', () => {
  it('registers each new channel exactly once', () => {
    for (const channel of NEW_CHANNELS) expect(fake.handlers.has(channel)).toBe(true);
    for (const channel of NEW_CHANNELS) {
      expect(
        electronModule.ipcMain.handle.mock.calls.filter(([name]) => name === channel),
      ).toHaveLength(1);
    }
    expect(setupFileHandlers).toThrow(/registered twice/);
    expect(setupBackupHandlers).toThrow(/registered twice/);
    expect(setupClipboardHandlers).toThrow(/registered twice/);
  });

  it('drops calls from an unknown sender before any dialog opens', async () => {
    const iframe = {
      senderFrame: { url: 'https://evil.example/', parent: null },
      sender: win.webContents,
    } as unknown as IpcMainInvokeEvent;
    const request = { kind: 'markdown', suggestedName: 'a.md', content: 'x' };
    expect(await invoke('file:save', iframe, request)).toMatchObject({ ok: false });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('bad payloads are refused before the handler runs', () => {
  const event = () => eventFrom(win);
  const content = 'x';

  it.each([
    ['file:save', { kind: 'markdown', suggestedName: 'a.md', content, path: '/etc/passwd' }],
    ['file:save', { kind: 'markdown', suggestedName: '../../.bashrc', content }],
    ['file:save', { kind: 'markdown', suggestedName: '/etc/cron.d/x', content }],
    ['file:save', { kind: 'markdown', suggestedName: 'C:\\Windows\\x.md', content }],
    ['file:save', { kind: 'markdown', suggestedName: '.hidden', content }],
    ['file:save', { kind: 'markdown', suggestedName: 'con.md', content }],
    ['file:save', { kind: 'markdown', suggestedName: 'a.', content }],
    ['file:save', { kind: 'executable', suggestedName: 'a.exe', content }],
    ['file:save', { kind: 'markdown', suggestedName: 'a.md', content: 42 }],
    ['file:save-folder', { suggestedName: 'roles', files: [{ name: '../escape.md', content }] }],
    ['file:save-folder', { suggestedName: '..', files: [{ name: 'a.md', content }] }],
    ['file:save-folder', { suggestedName: 'r', files: [{ name: 'a.md', content, path: '/x' }] }],
    [
      'file:save-folder',
      {
        suggestedName: 'roles',
        files: [
          { name: 'A.md', content },
          { name: 'a.md', content },
        ],
      },
    ],
    ['file:save-folder', { suggestedName: 'roles', files: [] }],
    ['file:save-folder', { suggestedName: 'roles', files: [{ name: 'a.md', content }], path: '/' }],
    ['file:open', { kind: 'posting', path: '/etc/shadow' }],
    ['file:open', { kind: 'anything' }],
    ['clipboard:write-text', { text: 7 }],
    ['backup:write-auto', { reason: 'daily', content: '' }],
    ['backup:write-auto', { reason: 'hourly', content: '{}' }],
    ['backup:write-auto', { reason: 'daily', content: '{}', name: '../../x.json' }],
    ['backup:get-info', { folder: '/' }],
  ])('%s refuses %j', async (channel, payload) => {
    expect(await invoke(channel, event(), payload)).toMatchObject({ ok: false });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(electronModule.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('refuses a missing or extra argument', async () => {
    expect(await invoke('file:open', event())).toMatchObject({ ok: false });
    expect(await invoke('file:open', event(), { kind: 'backup' }, '/etc/passwd')).toMatchObject({
      ok: false,
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('wired handlers', () => {
  it('file:save parents the dialog on the calling window and writes where chosen', async () => {
    const path = join(dir, 'role.md');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const request = { kind: 'markdown', suggestedName: 'role.md', content: '# Role\n' };
    expect(await invoke('file:save', eventFrom(win), request)).toEqual({
      ok: true,
      value: { status: 'saved', path },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.any(Object));
    expect(await readFile(path, 'utf8')).toBe('# Role\n');
  });

  it('file:save without a window shows a free-standing dialog', async () => {
    const request = { kind: 'backup', suggestedName: 'backup.json', content: '{}' };
    expect(await invoke('file:save', eventFrom(null), request)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Back Up Shortlist' }),
    );
  });

  it('file:save-folder and file:open reach their dialogs', async () => {
    const folderRequest = { suggestedName: 'roles', files: [{ name: 'a.md', content: 'x' }] };
    expect(await invoke('file:save-folder', eventFrom(win), folderRequest)).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(await invoke('file:open', eventFrom(win), { kind: 'backup' })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(2);
  });

  it('file:folder-* write an export batch by batch, for the window that opened it', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const begun = (await invoke('file:folder-begin', eventFrom(win), {
      suggestedName: 'roles',
    })) as { ok: true; value: { status: 'opened'; token: string } };
    const { token } = begun.value;
    expect(token).toMatch(/^[0-9a-f]{32}$/u);
    const files = [{ name: 'a.md', content: 'x' }];
    expect(await invoke('file:folder-write', eventFrom(win), { token, files })).toEqual({
      ok: true,
      value: null,
    });
    // Another window cannot touch it; a malformed token never reaches the handler.
    const other = new FakeBrowserWindow({});
    expect(await invoke('file:folder-write', eventFrom(other), { token, files })).toMatchObject({
      ok: false,
    });
    expect(
      await invoke('file:folder-write', eventFrom(win), { token: '../x', files }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('Not an open export') as string });
    expect(await invoke('file:folder-finish', eventFrom(win), { token })).toEqual({
      ok: true,
      value: { status: 'saved', path: join(dir, 'roles') },
    });
    expect(await readFile(join(dir, 'roles', 'a.md'), 'utf8')).toBe('x');
  });

  it('clipboard:write-text copies, and reports a failure as a value', async () => {
    expect(await invoke('clipboard:write-text', eventFrom(win), { text: '# Role' })).toEqual({
      ok: true,
      value: null,
    });
    expect(electronModule.clipboard.writeText).toHaveBeenCalledWith('# Role');
    electronModule.clipboard.writeText.mockRejectedValueOnce(new Error('no clipboard'));
    expect(await invoke('clipboard:write-text', eventFrom(win), { text: 'x' })).toMatchObject({
      ok: false,
    });
  });

  it('backup:write-auto writes a backup and backup:get-info reports it', async () => {
    const result = await invoke('backup:write-auto', eventFrom(win), {
      reason: 'pre-upgrade',
      content: '{"data":1}',
    });
    expect(result).toMatchObject({ ok: true });
    const names = await readdir(backupFolder());
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^shortlist-\d{4}-\d{2}-\d{2}-\d{6}-pre-upgrade\.json$/);
    const info = await invoke('backup:get-info', eventFrom(win), null);
    expect(info).toMatchObject({ ok: true, value: { folder: backupFolder(), count: 1 } });
    expect(typeof (info as { value: { latestAt: unknown } }).value.latestAt).toBe('number');
  });

  it('backup:write-auto explains a full disk', async () => {
    vi.spyOn(atomicWriteOps, 'writeTemp').mockRejectedValueOnce(
      Object.assign(new Error('full'), { code: 'ENOSPC' }),
    );
    const result = await invoke('backup:write-auto', eventFrom(win), {
      reason: 'daily',
      content: '{}',
    });
    expect(result).toMatchObject({ ok: false });
    expect((result as { error: string }).error).toMatch(
      /^The automatic backup was not kept: the disk is full/,
    );
    expect(await readdir(backupFolder())).toEqual([]);
  });
});
