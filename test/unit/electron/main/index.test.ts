import { isAbsolute } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule, fake, resetElectronMock } from '../electron-mock';

// vi.resetModules() below re-imports the module under test; the mock must stay the same
// object across those imports, so it is loaded once, hoisted, and returned as is.
const mock = await vi.hoisted(async () => import('../electron-mock'));
vi.mock('electron', () => mock.electronModule);

/** Runs the entry module afresh (it wires everything on import). */
async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../../electron/main/index');
  // Let whenReady().then(onReady) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  resetElectronMock();
  delete process.env.SHORTLIST_USER_DATA_DIR;
});

afterEach(() => {
  for (const win of FakeBrowserWindow.instances) win.emit('closed');
  delete process.env.SHORTLIST_USER_DATA_DIR;
});

describe('main entry', () => {
  it('wires the scheme, security, IPC, menu and window', async () => {
    await startMain();
    expect(electronModule.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electronModule.app.enableSandbox).toHaveBeenCalledOnce();
    expect([...fake.handlers.keys()].sort()).toEqual([
      'app:get-info',
      'backup:get-info',
      'backup:list-auto',
      'backup:read-auto',
      'backup:write-auto',
      'clipboard:write-text',
      'file:folder-abort',
      'file:folder-begin',
      'file:folder-finish',
      'file:folder-write',
      'file:open',
      'file:save',
      'file:save-folder',
      'notification:show',
      'shell:open-external',
    ]);
    expect(electronModule.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith(
      'app://shortlist/index.html',
    );
  });

  it('sets nothing up when another instance is running', async () => {
    fake.app.lockAvailable = false;
    await startMain();
    expect(electronModule.app.quit).toHaveBeenCalledOnce();
    expect(electronModule.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.handlers.size).toBe(0);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits when the last window closes (except on macOS)', async () => {
    await startMain();
    fake.app.emit('window-all-closed');
    const quits = process.platform === 'darwin' ? 0 : 1;
    expect(electronModule.app.quit).toHaveBeenCalledTimes(quits);
  });

  it('honours SHORTLIST_USER_DATA_DIR in development only', async () => {
    process.env.SHORTLIST_USER_DATA_DIR = '/tmp/shortlist-e2e-profile';
    await startMain();
    expect(electronModule.app.setPath).toHaveBeenCalledWith(
      'userData',
      '/tmp/shortlist-e2e-profile',
    );
  });

  it('ignores SHORTLIST_USER_DATA_DIR when packaged or relative', async () => {
    fake.app.isPackaged = true;
    process.env.SHORTLIST_USER_DATA_DIR = '/tmp/elsewhere';
    await startMain();
    expect(electronModule.app.setPath).not.toHaveBeenCalled();
    resetElectronMock();
    process.env.SHORTLIST_USER_DATA_DIR = 'relative/dir';
    expect(isAbsolute(process.env.SHORTLIST_USER_DATA_DIR)).toBe(false);
    await startMain();
    expect(electronModule.app.setPath).not.toHaveBeenCalled();
  });

  it('reports a startup failure and exits', async () => {
    vi.mocked(electronModule.Menu.setApplicationMenu).mockImplementationOnce(() => {
      throw new Error('no display');
    });
    await startMain();
    expect(electronModule.dialog.showErrorBox).toHaveBeenCalledWith(
      'Shortlist could not start',
      'no display',
    );
    expect(electronModule.app.exit).toHaveBeenCalledWith(1);
  });
});
