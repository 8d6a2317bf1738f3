/**
 * The sandboxed preload: exposes `window.shortlist`, a handful of domain methods, and
 * never ipcRenderer itself. It is bundled to one CommonJS file whose only `require` is
 * 'electron' (sandboxed preloads cannot load anything else), so it imports only types
 * and shared/ipc/channels.ts, which has no runtime imports.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  Channels,
  Events,
  isMenuCommand,
  type AutoBackupReason,
  type ChannelName,
  type ChannelRequests,
  type ChannelResponses,
  type DesktopBridge,
  type FolderWriteRequest,
  type MenuCommand,
  type OpenKind,
  type SaveFileRequest,
  type SaveFolderRequest,
  type ShowNotificationRequest,
} from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * Invokes a channel. The main process answers every call with an IpcResult; a rejected
 * invoke (no handler yet, the window closing) becomes one too, so callers only ever
 * handle values.
 */
function invoke<C extends ChannelName>(
  channel: C,
  request: ChannelRequests[C],
): Promise<IpcResult<ChannelResponses[C]>> {
  return (ipcRenderer.invoke(channel, request) as Promise<IpcResult<ChannelResponses[C]>>).catch(
    (): IpcResult<ChannelResponses[C]> => ({
      ok: false,
      error: 'The desktop app did not answer. Try again, or restart Shortlist.',
    }),
  );
}

const bridge = {
  getAppInfo: () => invoke(Channels.getAppInfo, null),
  openExternal: (url: string) => invoke(Channels.openExternal, { url }),
  copyText: (text: string) => invoke(Channels.copyText, { text }),
  saveFile: (request: SaveFileRequest) => invoke(Channels.saveFile, request),
  saveFolder: (request: SaveFolderRequest) => invoke(Channels.saveFolder, request),
  beginFolder: (suggestedName: string) => invoke(Channels.beginFolder, { suggestedName }),
  writeFolder: (request: FolderWriteRequest) => invoke(Channels.writeFolder, request),
  finishFolder: (token: string) => invoke(Channels.finishFolder, { token }),
  abortFolder: (token: string) => invoke(Channels.abortFolder, { token }),
  openFile: (kind: OpenKind) => invoke(Channels.openFile, { kind }),
  writeAutoBackup: (reason: AutoBackupReason, content: string) =>
    invoke(Channels.writeAutoBackup, { reason, content }),
  getBackupInfo: () => invoke(Channels.getBackupInfo, null),
  listAutoBackups: () => invoke(Channels.listAutoBackups, null),
  readAutoBackup: (id: string) => invoke(Channels.readAutoBackup, { id }),
  showNotification: (request: ShowNotificationRequest) =>
    invoke(Channels.showNotification, request),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      // The main process is trusted, but the check keeps the listener's type honest.
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(Events.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(Events.menuCommand, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('shortlist', bridge);
