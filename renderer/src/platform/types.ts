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
  ShowNotificationRequest,
} from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';

/** A file to save whose content is a Blob. */
export interface SaveBlobRequest {
  kind: SaveFileRequest['kind'];
  suggestedName: string;
  content: Blob;
}

/** A folder export being written, batch by batch (see {@link Platform.openFolderWriter}). */
export interface FolderWriter {
  /** Hands over the next files (plain names, as {@link SaveFolderRequest} has them). */
  write(files: readonly { name: string; content: string }[]): Promise<IpcResult<null>>;
  /** Completes the folder: the browser downloads the .zip, the desktop app saves it. */
  finish(): Promise<IpcResult<SaveOutcome>>;
  /** Gives up: nothing written so far is kept, and no partial file is left behind. */
  abort(): Promise<void>;
}

/**
 * Whether reminders can show as system notifications: allowed, refused, not asked yet
 * (the browser asks once), or impossible here.
 */
export type NotificationAccess = 'granted' | 'denied' | 'default' | 'unsupported';

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
  /**
   * Like {@link saveFolder}, for files made a few at a time: each batch is handed over
   * as soon as it is ready, so the whole folder is never held in memory. Null when the
   * user cancelled.
   */
  openFolderWriter(suggestedName: string): Promise<IpcResult<FolderWriter | null>>;
  /** Like {@link saveFile}, for content already in a Blob (a backup too big to copy). */
  saveBlob(request: SaveBlobRequest): Promise<IpcResult<SaveOutcome>>;
  /** Desktop: an open dialog. Browser: a file picker. Text files only, size-limited. */
  openFile(kind: OpenKind): Promise<IpcResult<OpenOutcome>>;
  /** Keeps an automatic backup (rotating) where {@link getBackupInfo} says. */
  writeAutoBackup(reason: AutoBackupReason, content: string): Promise<IpcResult<{ path: string }>>;
  getBackupInfo(): Promise<IpcResult<BackupInfo>>;
  /** The kept automatic backups, newest first. */
  listAutoBackups(): Promise<IpcResult<AutoBackupEntry[]>>;
  /** One automatic backup by its entry's id, read like a file the user opened. */
  readAutoBackup(id: string): Promise<IpcResult<OpenedFile>>;
  /** Whether {@link showNotification} may show anything now, without asking. */
  notificationAccess(): NotificationAccess;
  /** Asks for permission where the platform needs it (the browser); the desktop app needs none. */
  requestNotificationAccess(): Promise<NotificationAccess>;
  /** Desktop: a native notification from the main process. Browser: a web Notification. */
  showNotification(request: ShowNotificationRequest): Promise<IpcResult<null>>;
  /** Native menu commands (desktop only; the browser never sends any). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
