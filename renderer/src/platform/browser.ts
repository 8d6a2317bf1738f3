/**
 * The browser-build implementation. Data lives in this browser's IndexedDB (automatic
 * backups in a second database); links open in a new tab with no opener, after the same
 * validation the desktop app applies.
 */
import { parseExternalUrl } from '../../../shared/security/external-links';
import { fail, ok } from '../../../shared/ipc/result';
import type { Platform } from './types';
import { createBrowserBackups } from './browser-backups';
import {
  browserNotificationAccess,
  requestBrowserNotificationAccess,
  showBrowserNotification,
} from './browser-notifications';
import { downloadBlob, downloadFile, downloadFolder, pickFile } from './browser-files';

export function createBrowserPlatform(version: string, backups = createBrowserBackups()): Platform {
  return {
    kind: 'browser',
    getAppInfo: () =>
      Promise.resolve(
        ok({
          name: 'Shortlist',
          version,
          dataFolder: `This browser's IndexedDB for ${location.origin}`,
        }),
      ),
    openExternal: (url) => {
      const safe = parseExternalUrl(url);
      if (!safe) return Promise.resolve(fail('Only http and https links can be opened.'));
      window.open(safe, '_blank', 'noopener,noreferrer');
      return Promise.resolve(ok(null));
    },
    copyText: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return ok(null);
      } catch {
        return fail('The browser did not allow copying to the clipboard.');
      }
    },
    saveFile: downloadFile,
    saveFolder: downloadFolder,
    // The zip writer (fflate) loads with the first Export all.
    openFolderWriter: async (name) =>
      ok((await import('./zip-writer')).createZipWriter(name, downloadBlob)),
    saveBlob: ({ content, suggestedName }) => {
      downloadBlob(content, suggestedName);
      return Promise.resolve(ok({ status: 'saved', path: suggestedName }));
    },
    openFile: pickFile,
    // Kept in a separate IndexedDB database, rotating like the desktop app's.
    writeAutoBackup: (reason, content) => backups.writeAutoBackup(reason, content),
    getBackupInfo: () => backups.getBackupInfo(),
    listAutoBackups: () => backups.listAutoBackups(),
    readAutoBackup: (id) => backups.readAutoBackup(id),
    notificationAccess: browserNotificationAccess,
    requestNotificationAccess: requestBrowserNotificationAccess,
    showNotification: showBrowserNotification,
    onMenuCommand: () => () => undefined,
  };
}
