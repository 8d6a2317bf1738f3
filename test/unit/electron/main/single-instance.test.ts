import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule, fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { setupSingleInstance } = await import('../../../../electron/main/single-instance');

beforeEach(() => {
  resetElectronMock();
});

describe('setupSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    fake.app.lockAvailable = false;
    expect(setupSingleInstance(() => null)).toBe(false);
    expect(electronModule.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running with the lock and brings its window forward on a second launch', () => {
    const win = new FakeBrowserWindow({});
    win.minimized = true;
    expect(setupSingleInstance(() => win as unknown as BrowserWindow)).toBe(true);
    expect(electronModule.app.quit).not.toHaveBeenCalled();
    fake.app.emit('second-instance', {}, ['shortlist'], '/home/user', {});
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimized', () => {
    const win = new FakeBrowserWindow({});
    setupSingleInstance(() => win as unknown as BrowserWindow);
    fake.app.emit('second-instance', {}, [], '/', {});
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second launch before the window exists', () => {
    setupSingleInstance(() => null);
    expect(() => fake.app.emit('second-instance', {}, [], '/', {})).not.toThrow();
  });
});
