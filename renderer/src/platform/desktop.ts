/** The desktop implementation: every call goes through the preload's `window.shortlist`. */
import type { DesktopBridge } from '../../../shared/ipc/channels';
import type { Platform } from './types';

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    openExternal: (url) => bridge.openExternal(url),
    copyText: (text) => bridge.copyText(text),
    saveFile: (request) => bridge.saveFile(request),
    saveFolder: (request) => bridge.saveFolder(request),
    openFile: (kind) => bridge.openFile(kind),
    writeAutoBackup: (reason, content) => bridge.writeAutoBackup(reason, content),
    getBackupInfo: () => bridge.getBackupInfo(),
    listAutoBackups: () => bridge.listAutoBackups(),
    readAutoBackup: (id) => bridge.readAutoBackup(id),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
