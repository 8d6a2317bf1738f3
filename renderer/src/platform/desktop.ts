/** The desktop implementation: every call goes through the preload's `window.shortlist`. */
import type { DesktopBridge } from '../../../shared/ipc/channels';
import { openDesktopFolder } from './desktop-folder-writer';
import type { Platform } from './types';

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    openExternal: (url) => bridge.openExternal(url),
    copyText: (text) => bridge.copyText(text),
    saveFile: (request) => bridge.saveFile(request),
    saveFolder: (request) => bridge.saveFolder(request),
    openFolderWriter: (name) => openDesktopFolder(bridge, name),
    // The main process writes strings; the text is made here, once.
    saveBlob: async ({ kind, suggestedName, content }) =>
      bridge.saveFile({ kind, suggestedName, content: await content.text() }),
    openFile: (kind) => bridge.openFile(kind),
    writeAutoBackup: (reason, content) => bridge.writeAutoBackup(reason, content),
    getBackupInfo: () => bridge.getBackupInfo(),
    listAutoBackups: () => bridge.listAutoBackups(),
    readAutoBackup: (id) => bridge.readAutoBackup(id),
    // The main process shows notifications itself; no web permission is involved.
    notificationAccess: () => 'granted',
    requestNotificationAccess: () => Promise.resolve('granted'),
    showNotification: (request) => bridge.showNotification(request),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
