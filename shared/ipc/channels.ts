/**
 * The IPC contract between the renderer (through the preload bridge) and the main
 * process. Channel names live only here. This file has no imports so the sandboxed
 * preload can bundle it without pulling in any library; payload schemas are in
 * `schemas.ts`, used by the main process. (The one import below is type-only and
 * disappears when compiled.)
 */
import type { IpcResult } from './result';

/** invoke/handle channels, `domain:verb`. */
export const Channels = {
  getAppInfo: 'app:get-info',
  openExternal: 'shell:open-external',
  copyText: 'clipboard:write-text',
  saveFile: 'file:save',
  saveFolder: 'file:save-folder',
  beginFolder: 'file:folder-begin',
  writeFolder: 'file:folder-write',
  finishFolder: 'file:folder-finish',
  abortFolder: 'file:folder-abort',
  openFile: 'file:open',
  writeAutoBackup: 'backup:write-auto',
  getBackupInfo: 'backup:get-info',
  listAutoBackups: 'backup:list-auto',
  readAutoBackup: 'backup:read-auto',
  showNotification: 'notification:show',
} as const;

/** Main → renderer events. */
export const Events = {
  menuCommand: 'menu:command',
} as const;

/** Commands the native menu sends to the renderer, which owns the data. */
export const MENU_COMMANDS = [
  'restore-sample-roles',
  'show-roles',
  'show-agenda',
  'show-board',
  'show-stories',
  'show-contacts',
  'show-insights',
  'focus-search',
  'new-note',
  'next-tab',
  'previous-tab',
  'show-shortcuts',
  'new-role',
  'open-posting',
  'export-role',
  'archive-role',
  'export-all-roles',
  'back-up',
  'restore-backup',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Whether a value received over IPC is a known menu command. A plain check rather than
 * zod, because the sandboxed preload must bundle without any library.
 */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What Help → About and the renderer's settings show. */
export interface AppInfo {
  name: string;
  version: string;
  /** The folder holding the app's data (IndexedDB, window state). */
  dataFolder: string;
}

/** What a file being saved holds; picks the save dialog's title and file filters. */
export type SaveKind = 'markdown' | 'calendar' | 'vcard' | 'backup';
/** What a file being opened should be; picks the open dialog's filters and size limit. */
export type OpenKind = 'backup' | 'posting';

/**
 * Save one file. The renderer never names a path: the main process shows a save dialog
 * (starting in the last folder used, with `suggestedName`) and writes only where the
 * user chose, atomically.
 */
export interface SaveFileRequest {
  kind: SaveKind;
  suggestedName: string;
  content: string;
}

/** Save several files into a new folder the user names (e.g. all roles as Markdown). */
export interface SaveFolderRequest {
  suggestedName: string;
  /** Plain file names, no separators; the main process refuses anything else. */
  files: { name: string; content: string }[];
}

export type SaveOutcome = { status: 'saved'; path: string } | { status: 'cancelled' };

/**
 * A folder export written batch by batch: `token` names it in the write, finish and
 * abort calls. Files go to a hidden staging folder and move into place only on finish.
 */
export type FolderBeginOutcome = { status: 'opened'; token: string } | { status: 'cancelled' };

/** One batch of a folder export opened with `file:folder-begin`. */
export interface FolderWriteRequest {
  token: string;
  files: { name: string; content: string }[];
}

export interface OpenedFile {
  name: string;
  content: string;
  /** Size on disk in bytes. */
  size: number;
}

export type OpenOutcome = { status: 'opened'; file: OpenedFile } | { status: 'cancelled' };

export type AutoBackupReason = 'daily' | 'pre-upgrade' | 'pre-restore';

/** Where automatic backups are kept and the newest one. */
export interface BackupInfo {
  folder: string;
  count: number;
  latestAt: number | null;
}

/** One kept automatic backup, as the Backup & restore dialog lists it. */
export interface AutoBackupEntry {
  /** Desktop: the file name in the Backups folder. Browser: the stored row's id. */
  id: string;
  /** When it was taken, ms since the epoch. */
  at: number;
  reason: AutoBackupReason;
  /** Size in bytes. */
  size: number;
}

/** A reminder shown as a desktop notification: plain text only. */
export interface ShowNotificationRequest {
  title: string;
  body: string;
}

/** Request payloads by channel. */
export interface ChannelRequests {
  'app:get-info': null;
  'shell:open-external': { url: string };
  'clipboard:write-text': { text: string };
  'file:save': SaveFileRequest;
  'file:save-folder': SaveFolderRequest;
  'file:folder-begin': { suggestedName: string };
  'file:folder-write': FolderWriteRequest;
  'file:folder-finish': { token: string };
  'file:folder-abort': { token: string };
  'file:open': { kind: OpenKind };
  'backup:write-auto': { reason: AutoBackupReason; content: string };
  'backup:get-info': null;
  'backup:list-auto': null;
  'backup:read-auto': { id: string };
  'notification:show': ShowNotificationRequest;
}

/** Response values by channel (wrapped in an IpcResult on the wire). */
export interface ChannelResponses {
  'app:get-info': AppInfo;
  'shell:open-external': null;
  'clipboard:write-text': null;
  'file:save': SaveOutcome;
  'file:save-folder': SaveOutcome;
  'file:folder-begin': FolderBeginOutcome;
  'file:folder-write': null;
  'file:folder-finish': SaveOutcome;
  'file:folder-abort': null;
  'file:open': OpenOutcome;
  'backup:write-auto': { path: string };
  'backup:get-info': BackupInfo;
  /** Newest first. */
  'backup:list-auto': AutoBackupEntry[];
  'backup:read-auto': OpenedFile;
  'notification:show': null;
}

export type ChannelName = keyof ChannelRequests;

/**
 * `window.shortlist`, exposed by the preload in the desktop app. Domain methods only:
 * the renderer never sees ipcRenderer.
 */
export interface DesktopBridge {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Opens an http(s) URL in the system browser after the main process validates it. */
  openExternal(url: string): Promise<IpcResult<null>>;
  copyText(text: string): Promise<IpcResult<null>>;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveOutcome>>;
  saveFolder(request: SaveFolderRequest): Promise<IpcResult<SaveOutcome>>;
  /** Asks where a folder export goes and opens it for {@link writeFolder}. */
  beginFolder(suggestedName: string): Promise<IpcResult<FolderBeginOutcome>>;
  /** Writes one batch of files (atomically each) into the opened export's staging folder. */
  writeFolder(request: FolderWriteRequest): Promise<IpcResult<null>>;
  /** Moves every written file into the export's folder. */
  finishFolder(token: string): Promise<IpcResult<SaveOutcome>>;
  /** Removes everything the opened export wrote; nothing is left behind. */
  abortFolder(token: string): Promise<IpcResult<null>>;
  openFile(kind: OpenKind): Promise<IpcResult<OpenOutcome>>;
  writeAutoBackup(reason: AutoBackupReason, content: string): Promise<IpcResult<{ path: string }>>;
  getBackupInfo(): Promise<IpcResult<BackupInfo>>;
  /** The kept automatic backups, newest first. */
  listAutoBackups(): Promise<IpcResult<AutoBackupEntry[]>>;
  /** Reads one automatic backup named by its {@link AutoBackupEntry.id}. */
  readAutoBackup(id: string): Promise<IpcResult<OpenedFile>>;
  /** Shows a reminder as a native notification (the main process checks the text). */
  showNotification(request: ShowNotificationRequest): Promise<IpcResult<null>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
