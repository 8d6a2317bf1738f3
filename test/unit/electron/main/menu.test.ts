import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule, fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { aboutDialogOptions, buildMenuTemplate, sendMenuCommand, setupMenu } =
  await import('../../../../electron/main/menu');

type Item = MenuItemConstructorOptions;

function submenuOf(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function itemOf(template: Item[], menu: string, label: string): Item {
  const item = submenuOf(template, menu).find((entry) => entry.label === label);
  if (!item) throw new Error(`no ${menu} → ${label}`);
  return item;
}

function click(item: Item): void {
  (item.click as (() => void) | undefined)?.();
}

const roles = (items: Item[]): unknown[] => items.map((item) => item.role).filter(Boolean);

function template(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}): Item[] {
  return buildMenuTemplate({
    platform: 'linux',
    isPackaged: false,
    sendCommand: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  });
}

beforeEach(() => {
  resetElectronMock();
});

afterEach(() => {
  for (const win of FakeBrowserWindow.instances) win.emit('closed');
});

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    expect(template().map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('adds the app menu first on macOS', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac.map((item) => item.label)).toEqual([
      'Shortlist',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(roles(submenuOf(mac, 'Shortlist'))).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(roles(submenuOf(mac, 'File'))).toEqual(['close']);
    expect(roles(submenuOf(mac, 'Window'))).toContain('front');
  });

  it('quits from File elsewhere', () => {
    expect(roles(submenuOf(template(), 'File'))).toEqual(['quit']);
  });

  it('uses the standard edit roles', () => {
    expect(roles(submenuOf(template(), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
  });

  it('sends restore-sample-roles from File → Restore Sample Roles', () => {
    const sendCommand = vi.fn();
    click(itemOf(template({ sendCommand }), 'File', 'Restore Sample Roles'));
    expect(sendCommand).toHaveBeenCalledWith('restore-sample-roles');
  });

  it('sends archive-role from File → Archive or Unarchive Role', () => {
    const sendCommand = vi.fn();
    click(itemOf(template({ sendCommand }), 'File', 'Archive or Unarchive Role'));
    expect(sendCommand).toHaveBeenCalledWith('archive-role');
  });

  it('sends show-roles from View → Roles, with an accelerator', () => {
    const sendCommand = vi.fn();
    const item = itemOf(template({ sendCommand }), 'View', 'Roles');
    expect(item.accelerator).toBe('CmdOrCtrl+1');
    click(item);
    expect(sendCommand).toHaveBeenCalledWith('show-roles');
  });

  it.each([
    ['File', 'New Note', 'new-note', 'CmdOrCtrl+N'],
    ['View', 'Agenda', 'show-agenda', 'CmdOrCtrl+2'],
    ['View', 'Board', 'show-board', 'CmdOrCtrl+3'],
    ['View', 'Stories', 'show-stories', 'CmdOrCtrl+4'],
    ['View', 'Contacts', 'show-contacts', 'CmdOrCtrl+6'],
    ['View', 'Insights', 'show-insights', 'CmdOrCtrl+5'],
    ['View', 'Search…', 'focus-search', 'CmdOrCtrl+K'],
    ['View', 'Next Tab', 'next-tab', 'CmdOrCtrl+]'],
    ['View', 'Previous Tab', 'previous-tab', 'CmdOrCtrl+['],
    ['Help', 'Keyboard Shortcuts', 'show-shortcuts', 'CmdOrCtrl+/'],
  ])('%s → %s sends %s with %s', (menu, label, command, accelerator) => {
    const sendCommand = vi.fn();
    const item = itemOf(template({ sendCommand }), menu, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(sendCommand).toHaveBeenCalledWith(command);
  });

  it('offers reload and devtools only when not packaged', () => {
    const dev = roles(submenuOf(template({ isPackaged: false }), 'View'));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    const packaged = roles(submenuOf(template({ isPackaged: true }), 'View'));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('shows About from Help', () => {
    const showAbout = vi.fn();
    click(itemOf(template({ showAbout }), 'Help', 'About Shortlist'));
    expect(showAbout).toHaveBeenCalledOnce();
  });
});

describe('setupMenu', () => {
  function installed(): Item[] {
    setupMenu();
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const [items] = electronModule.Menu.buildFromTemplate.mock.calls[0] ?? [];
    return items as Item[];
  }

  it('sends Restore Sample Roles to the focused window', () => {
    const focused = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = focused;
    click(itemOf(installed(), 'File', 'Restore Sample Roles'));
    expect(focused.webContents.send).toHaveBeenCalledWith('menu:command', 'restore-sample-roles');
  });

  it('shows name, version and data folder in About', async () => {
    click(itemOf(installed(), 'Help', 'About Shortlist'));
    expect(electronModule.dialog.showMessageBox).toHaveBeenCalledOnce();
    const options = aboutDialogOptions();
    expect(options.message).toContain('Shortlist');
    expect(options.message).toContain('0.1.0');
    expect(options.detail).toContain(fake.app.getPath('userData'));
    expect(options.detail).toContain(
      `Automatic backups (the newest 14):\n${join(fake.app.getPath('userData'), 'Backups')}`,
    );
    expect(electronModule.dialog.showMessageBox).toHaveBeenCalledWith(options);
    await Promise.resolve();
  });

  it('parents About on the focused window', () => {
    const focused = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = focused;
    click(itemOf(installed(), 'Help', 'About Shortlist'));
    expect(electronModule.dialog.showMessageBox).toHaveBeenCalledWith(
      focused,
      expect.objectContaining({ title: 'About Shortlist' }),
    );
  });
});

describe('sendMenuCommand', () => {
  it('returns false when there is no window', () => {
    expect(sendMenuCommand('show-roles')).toBe(false);
  });
});
