/**
 * The native dialogs for saving and opening files: titles, filters and limits by kind,
 * and thin wrappers that parent each dialog on the window that asked (so it is modal to
 * it) or show it free-standing when that window is gone.
 */
import { BrowserWindow, dialog } from 'electron';
import type {
  IpcMainInvokeEvent,
  MessageBoxOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { OpenKind, SaveKind } from '../../../shared/ipc/channels';

/** What each kind of saved file is called and which extension it must end with. */
export const SAVE_KINDS: Record<
  SaveKind,
  { title: string; filterName: string; extension: string }
> = {
  markdown: { title: 'Export as Markdown', filterName: 'Markdown', extension: 'md' },
  calendar: { title: 'Export to Calendar', filterName: 'Calendar (iCalendar)', extension: 'ics' },
  vcard: { title: 'Export Contacts', filterName: 'Contacts (vCard)', extension: 'vcf' },
  backup: { title: 'Back Up Shortlist', filterName: 'Shortlist backup', extension: 'json' },
};

/** What each kind of opened file may be: the dialog's filters and a size limit. */
export const OPEN_KINDS: Record<
  OpenKind,
  { title: string; filterName: string; extensions: string[]; maxBytes: number; label: string }
> = {
  backup: {
    title: 'Restore from Backup',
    filterName: 'Shortlist backup',
    extensions: ['json'],
    maxBytes: 256 * 1024 * 1024,
    label: 'backup',
  },
  posting: {
    title: 'Open Posting File',
    filterName: 'Job posting',
    extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
    maxBytes: 2 * 1024 * 1024,
    label: 'posting',
  },
};

/**
 * `path` ending in `.extension` (case-insensitive): unchanged if it already does, else
 * with the extension appended (the user removed it, or the platform's dialog does not
 * add it, as GTK's does not).
 */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`;
}

/** The save dialog's options for one kind of file. */
export function saveDialogOptions(kind: SaveKind, defaultPath: string): SaveDialogOptions {
  const spec = SAVE_KINDS[kind];
  return {
    title: spec.title,
    defaultPath,
    filters: [{ name: spec.filterName, extensions: [spec.extension] }],
    // Overwrite confirmation is always on for macOS and Windows; this turns it on for Linux.
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** The open dialog's options for one kind of file. */
export function openDialogOptions(kind: OpenKind, defaultPath: string): OpenDialogOptions {
  const spec = OPEN_KINDS[kind];
  return {
    title: spec.title,
    defaultPath,
    filters: [
      { name: spec.filterName, extensions: spec.extensions },
      { name: 'All Files', extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
}

/** The open dialog's options for choosing the folder an exported folder goes into. */
export function folderDialogOptions(defaultPath: string): OpenDialogOptions {
  return {
    title: 'Choose where to put the exported folder',
    buttonLabel: 'Export Here',
    defaultPath,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
}

/**
 * The window a dialog is modal to, or null for a free-standing dialog. Electron's own
 * class (not the re-exported subclass), since that is what its window lookups return.
 */
export type DialogParent = Electron.BrowserWindow | null;

/** The window that sent an IPC call, if it still exists. */
export function windowOf(event: Pick<IpcMainInvokeEvent, 'sender'>): DialogParent {
  const win = BrowserWindow.fromWebContents(event.sender);
  return win && !win.isDestroyed() ? win : null;
}

/** The native save dialog, modal to `parent` when there is one. */
export function showSaveDialog(
  parent: DialogParent,
  options: SaveDialogOptions,
): Promise<SaveDialogReturnValue> {
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

/** The native open dialog (files or folders), modal to `parent` when there is one. */
export function showOpenDialog(
  parent: DialogParent,
  options: OpenDialogOptions,
): Promise<OpenDialogReturnValue> {
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

/** Shows a message box and returns the index of the button pressed. */
export async function askUser(parent: DialogParent, options: MessageBoxOptions): Promise<number> {
  const answer = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return answer.response;
}
