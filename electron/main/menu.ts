/**
 * The native menu. Data lives in the renderer (IndexedDB), so data commands are sent to
 * it as `menu:command` events; the main process only handles window and app chrome.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { Events, type MenuCommand } from '../../shared/ipc/channels';
import { acceleratorOf, type ShortcutCommand } from '../../shared/domain/shortcuts';
import { APP_DISPLAY_NAME } from './app-origin';
import { backupFolder, KEEP_AUTO_BACKUPS } from './files/auto-backups';
import { getMainWindow } from './window';

/** What the template needs from the outside, so it can be built and tested as data. */
export interface MenuDeps {
  platform: NodeJS.Platform;
  /** Development tools (reload, devtools) appear only in unpackaged builds. */
  isPackaged: boolean;
  sendCommand: (command: MenuCommand) => void;
  showAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The menu bar: (macOS app menu), File, Edit, View, Window, Help. Pure. */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const isMac = deps.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: `About ${APP_DISPLAY_NAME}`,
    click: () => {
      deps.showAbout();
    },
  };
  const command = (label: string, name: MenuCommand, accelerator?: string) =>
    ({
      label,
      ...(accelerator ? { accelerator } : {}),
      click: () => {
        deps.sendCommand(name);
      },
    }) satisfies MenuItemConstructorOptions;

  // Accelerators come from the one shortcut list the renderer and Help also use.
  const shortcut = (label: string, name: ShortcutCommand) =>
    command(label, name, acceleratorOf(name));

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: APP_DISPLAY_NAME,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        command('New Role from Posting…', 'new-role'),
        command('Open Posting File…', 'open-posting'),
        shortcut('New Note', 'new-note'),
        separator,
        command('Export Role as Markdown…', 'export-role'),
        command('Export All Roles as Markdown…', 'export-all-roles'),
        separator,
        // On the open role, as its header's button: Archive, or Unarchive an archived one.
        command('Archive or Unarchive Role', 'archive-role'),
        separator,
        command('Back Up…', 'back-up'),
        command('Restore from Backup…', 'restore-backup'),
        separator,
        command('Restore Sample Roles', 'restore-sample-roles'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(isMac
          ? ([{ role: 'pasteAndMatchStyle' }, { role: 'delete' }] as const)
          : ([{ role: 'delete' }] as const)),
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        shortcut('Roles', 'show-roles'),
        shortcut('Agenda', 'show-agenda'),
        shortcut('Board', 'show-board'),
        shortcut('Stories', 'show-stories'),
        shortcut('Insights', 'show-insights'),
        shortcut('Contacts', 'show-contacts'),
        separator,
        shortcut('Search…', 'focus-search'),
        shortcut('Next Tab', 'next-tab'),
        shortcut('Previous Tab', 'previous-tab'),
        separator,
        ...(deps.isPackaged
          ? []
          : ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              separator,
            ] satisfies MenuItemConstructorOptions[])),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      role: 'window',
      submenu: [
        { role: 'minimize' },
        { role: 'zoom' },
        ...(isMac ? ([separator, { role: 'front' }] as const) : ([{ role: 'close' }] as const)),
      ],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [shortcut('Keyboard Shortcuts', 'show-shortcuts'), separator, about],
    },
  ];
}

/**
 * Sends a menu command to the focused window, or to the main window when none has
 * focus (macOS keeps the menu bar with no window focused). Returns whether one got it.
 */
export function sendMenuCommand(command: MenuCommand): boolean {
  const win = BrowserWindow.getFocusedWindow() ?? getMainWindow();
  if (!win || win.isDestroyed()) return false;
  win.webContents.send(Events.menuCommand, command);
  return true;
}

/** The About box: product name, version, where the data and automatic backups live. */
export function aboutDialogOptions(): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${APP_DISPLAY_NAME}`,
    message: `${APP_DISPLAY_NAME} ${app.getVersion()}`,
    detail: [
      'An offline applicant tracker. Everything stays on this computer.',
      `Data folder:\n${app.getPath('userData')}`,
      `Automatic backups (the newest ${KEEP_AUTO_BACKUPS}):\n${backupFolder()}`,
    ].join('\n\n'),
    buttons: ['OK'],
  };
}

/** Shows the About box over the focused window. */
export function showAboutDialog(): void {
  const parent = BrowserWindow.getFocusedWindow();
  const shown = parent
    ? dialog.showMessageBox(parent, aboutDialogOptions())
    : dialog.showMessageBox(aboutDialogOptions());
  shown.catch((error: unknown) => {
    console.error('Could not show the About box:', error);
  });
}

/** Installs the application menu. Call once the app is ready. */
export function setupMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand: (name) => {
      sendMenuCommand(name);
    },
    showAbout: showAboutDialog,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
