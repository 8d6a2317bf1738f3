import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../../shared/ipc/channels';
import { electronModule, fake, resetElectronMock } from '../electron-mock';

// vi.resetModules() below re-imports the module under test; the mock must stay the same
// object across those imports, so it is loaded once, hoisted, and returned as is.
const mock = await vi.hoisted(async () => import('../electron-mock'));
vi.mock('electron', () => mock.electronModule);

/** Loads the preload afresh and returns what it exposed. */
async function loadBridge(): Promise<DesktopBridge> {
  vi.resetModules();
  await import('../../../../electron/preload/index');
  const calls = electronModule.contextBridge.exposeInMainWorld.mock.calls as unknown[][];
  expect(calls).toHaveLength(1);
  expect(calls[0]?.[0]).toBe('shortlist');
  return calls[0]?.[1] as DesktopBridge;
}

beforeEach(() => {
  resetElectronMock();
});

describe('preload bridge', () => {
  it('exposes exactly the domain methods, never ipcRenderer', async () => {
    const bridge = await loadBridge();
    expect(Object.keys(bridge).sort()).toEqual([
      'abortFolder',
      'beginFolder',
      'copyText',
      'finishFolder',
      'getAppInfo',
      'getBackupInfo',
      'listAutoBackups',
      'onMenuCommand',
      'openExternal',
      'openFile',
      'readAutoBackup',
      'saveFile',
      'saveFolder',
      'showNotification',
      'writeAutoBackup',
      'writeFolder',
    ]);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(electronModule.ipcRenderer);
  });

  it('invokes app:get-info with a null payload', async () => {
    const info = { ok: true, value: { name: 'Shortlist', version: '0.1.0', dataFolder: '/d' } };
    electronModule.ipcRenderer.invoke.mockResolvedValueOnce(info);
    const bridge = await loadBridge();
    expect(await bridge.getAppInfo()).toEqual(info);
    expect(electronModule.ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', null);
  });

  it('invokes shell:open-external with {url}', async () => {
    electronModule.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    const bridge = await loadBridge();
    expect(await bridge.openExternal('https://example.com')).toEqual({ ok: true, value: null });
    expect(electronModule.ipcRenderer.invoke).toHaveBeenCalledWith('shell:open-external', {
      url: 'https://example.com',
    });
  });

  it.each([
    ['copyText', (b: DesktopBridge) => b.copyText('hi'), 'clipboard:write-text', { text: 'hi' }],
    [
      'saveFile',
      (b: DesktopBridge) => b.saveFile({ kind: 'markdown', suggestedName: 'a.md', content: '# A' }),
      'file:save',
      { kind: 'markdown', suggestedName: 'a.md', content: '# A' },
    ],
    [
      'saveFolder',
      (b: DesktopBridge) =>
        b.saveFolder({ suggestedName: 'Roles', files: [{ name: 'a.md', content: 'x' }] }),
      'file:save-folder',
      { suggestedName: 'Roles', files: [{ name: 'a.md', content: 'x' }] },
    ],
    [
      'beginFolder',
      (b: DesktopBridge) => b.beginFolder('Roles'),
      'file:folder-begin',
      { suggestedName: 'Roles' },
    ],
    [
      'writeFolder',
      (b: DesktopBridge) => b.writeFolder({ token: 't', files: [{ name: 'a.md', content: 'x' }] }),
      'file:folder-write',
      { token: 't', files: [{ name: 'a.md', content: 'x' }] },
    ],
    [
      'finishFolder',
      (b: DesktopBridge) => b.finishFolder('t'),
      'file:folder-finish',
      { token: 't' },
    ],
    ['abortFolder', (b: DesktopBridge) => b.abortFolder('t'), 'file:folder-abort', { token: 't' }],
    ['openFile', (b: DesktopBridge) => b.openFile('posting'), 'file:open', { kind: 'posting' }],
    [
      'writeAutoBackup',
      (b: DesktopBridge) => b.writeAutoBackup('daily', '{}'),
      'backup:write-auto',
      { reason: 'daily', content: '{}' },
    ],
    ['getBackupInfo', (b: DesktopBridge) => b.getBackupInfo(), 'backup:get-info', null],
    ['listAutoBackups', (b: DesktopBridge) => b.listAutoBackups(), 'backup:list-auto', null],
    [
      'readAutoBackup',
      (b: DesktopBridge) => b.readAutoBackup('shortlist-2026-01-02-030405-daily.json'),
      'backup:read-auto',
      { id: 'shortlist-2026-01-02-030405-daily.json' },
    ],
    [
      'showNotification',
      (b: DesktopBridge) => b.showNotification({ title: 'Interview', body: 'In 1 hour' }),
      'notification:show',
      { title: 'Interview', body: 'In 1 hour' },
    ],
  ] as const)('%s invokes its channel with the payload', async (_name, call, channel, payload) => {
    electronModule.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    const bridge = await loadBridge();
    await call(bridge);
    expect(electronModule.ipcRenderer.invoke).toHaveBeenCalledWith(channel, payload);
  });

  it('turns a rejected invoke into {ok:false}', async () => {
    electronModule.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    const bridge = await loadBridge();
    expect(await bridge.getAppInfo()).toMatchObject({
      ok: false,
      error: expect.any(String) as unknown,
    });
  });

  it('forwards known menu commands only, until unsubscribed', async () => {
    const bridge = await loadBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    fake.emitToRenderer('menu:command', 'restore-sample-roles');
    fake.emitToRenderer('menu:command', 'show-roles');
    fake.emitToRenderer('menu:command', 'format-disk');
    fake.emitToRenderer('menu:command', { command: 'show-roles' });
    fake.emitToRenderer('menu:command');
    expect(listener.mock.calls).toEqual([['restore-sample-roles'], ['show-roles']]);
    unsubscribe();
    fake.emitToRenderer('menu:command', 'show-roles');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(electronModule.ipcRenderer.removeListener).toHaveBeenCalledOnce();
  });
});
