/**
 * What the renderer needs from the machine it runs on. One contract, two
 * implementations: the desktop app (through the preload bridge) and a plain browser.
 */
import type {
  AppInfo,
  AutoBackupEntry,
  AutoBackupReason,
  BackupInfo,
  MenuCommand,
  OpenKind,
  OpenOutcome,
  OpenedFile,
  SaveFileRequest,
  SaveFolderRequest,
  SaveOutcome,
} from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';

export interface Platform {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Opens an http(s) link outside the app; anything else is refused with a message. */
  openExternal(url: string): Promise<IpcResult<null>>;
  /** Puts text on the system clipboard. */
  copyText(text: string): Promise<IpcResult<null>>;
  /** Desktop: a save dialog, then an atomic write. Browser: a download. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveOutcome>>;
  /** Desktop: a new folder the user names. Browser: one .zip download. */
  saveFolder(request: SaveFolderRequest): Promise<IpcResult<SaveOutcome>>;
  /** Desktop: an open dialog. Browser: a file picker. Text files only, size-limited. */
  openFile(kind: OpenKind): Promise<IpcResult<OpenOutcome>>;
  /** Keeps an automatic backup (rotating) where {@link getBackupInfo} says. */
  writeAutoBackup(reason: AutoBackupReason, content: string): Promise<IpcResult<{ path: string }>>;
  getBackupInfo(): Promise<IpcResult<BackupInfo>>;
  /** The kept automatic backups, newest first. */
  listAutoBackups(): Promise<IpcResult<AutoBackupEntry[]>>;
  /** One automatic backup by its entry's id, read like a file the user opened. */
  readAutoBackup(id: string): Promise<IpcResult<OpenedFile>>;
  /** Native menu commands (desktop only; the browser never sends any). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
