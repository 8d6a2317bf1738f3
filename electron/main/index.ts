/**
 * Main-process entry: wires the features in the order Electron requires and nothing
 * else. Each feature lives in its own module with its own tests.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { setupDataFolder } from './data-folder';
import { setupAppHandlers } from './ipc/app-handlers';
import { setupBackupHandlers } from './ipc/backup-handlers';
import { setupClipboardHandlers } from './ipc/clipboard-handlers';
import { setupFileHandlers } from './ipc/file-handlers';
import { setupNotificationHandlers } from './ipc/notification-handlers';
import { setupShellHandlers } from './ipc/shell-handlers';
import { setupMenu } from './menu';
import { setupAppProtocol, setupAppScheme } from './protocol';
import { setupSecurity, setupSessionSecurity } from './security';
import { setupSingleInstance } from './single-instance';
import { getMainWindow, showMainWindow } from './window';

function onReady(): void {
  setupSessionSecurity();
  setupAppProtocol();
  setupMenu();
  showMainWindow();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens it.
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
}

function main(): void {
  // The data folder decides the single-instance lock, so it comes first.
  setupDataFolder();
  if (!setupSingleInstance(getMainWindow)) return;
  // Before 'ready': privileged schemes, the sandbox switch, web-contents hardening.
  setupAppScheme();
  setupSecurity();
  setupAppHandlers();
  setupShellHandlers();
  setupClipboardHandlers();
  setupFileHandlers();
  setupBackupHandlers();
  setupNotificationHandlers(() => {
    showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Shortlist could not start', message);
      app.exit(1);
    });
}

main();
