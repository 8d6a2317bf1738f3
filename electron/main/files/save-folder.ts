/**
 * `file:save-folder`: the user picks a parent folder, Shortlist creates
 * `<parent>/<suggestedName>` and writes each file into it atomically. An existing
 * folder is never written into without asking (Replace / Keep Both / Cancel), and every
 * file name is checked to land directly inside the folder the user got.
 */
import { lstat, mkdir, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { SaveFolderRequest, SaveOutcome } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { writeFileAtomic } from './atomic-write';
import { errorCode, writeErrorMessage } from './fs-errors';
import { readLastFolder, rememberFolder } from './last-folder';
import { askUser, folderDialogOptions, showOpenDialog, type DialogParent } from './save-dialogs';

const CANCELLED: SaveOutcome = { status: 'cancelled' };
/** How many "Name 2", "Name 3", … to try before giving up. */
const MAX_NUMBERED_FOLDERS = 999;

/** The buttons of the "folder exists" question, in order. */
export const EXISTING_FOLDER_BUTTONS = ['Replace', 'Keep Both', 'Cancel'] as const;

/**
 * `name` joined to `folder`, or null when it would land anywhere but directly inside it
 * (`..`, separators, an absolute path, `.`). The schema already refuses such names; this
 * is the second lock, on the path actually written.
 */
export function resolveInside(folder: string, name: string): string | null {
  const root = resolve(folder);
  const target = resolve(root, name);
  return dirname(target) === root && basename(target) === name ? target : null;
}

/** Creates a folder that did not exist; false if something is already there. */
async function createNew(path: string): Promise<boolean> {
  try {
    await mkdir(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Creates "<name> 2", "<name> 3", … (the first that is free) and returns its path. */
async function createNumbered(parentDir: string, name: string): Promise<string> {
  for (let n = 2; n <= MAX_NUMBERED_FOLDERS; n++) {
    const candidate = join(parentDir, `${name} ${String(n)}`);
    if (await createNew(candidate)) return candidate;
  }
  throw Object.assign(new Error('No free folder name'), { code: 'EEXIST' });
}

async function askAboutExisting(parent: DialogParent, folder: string): Promise<number> {
  return askUser(parent, {
    type: 'warning',
    title: 'Folder Exists',
    message: `Replace files in “${basename(folder)}”?`,
    detail:
      `A folder named “${basename(folder)}” already exists in “${dirname(folder)}”. ` +
      'Replace overwrites the files that have the same names and leaves other files alone. ' +
      `Keep Both puts the export in a new folder, “${basename(folder)} 2”.`,
    buttons: [...EXISTING_FOLDER_BUTTONS],
    defaultId: 1,
    cancelId: 2,
  });
}

/**
 * Decides where the files go: a newly created folder, or (only after the user said
 * Replace) an existing one. Null when the user cancelled.
 */
async function placeFolder(
  parent: DialogParent,
  parentDir: string,
  name: string,
): Promise<{ folder: string; created: boolean } | null> {
  const folder = join(parentDir, name);
  if (await createNew(folder)) return { folder, created: true };
  const existing = await lstat(folder);
  // A file or a link with that name cannot be "replaced into": keep both without asking,
  // since nothing is overwritten.
  if (!existing.isDirectory())
    return { folder: await createNumbered(parentDir, name), created: true };
  const answer = await askAboutExisting(parent, folder);
  if (answer === 0) return { folder, created: false };
  if (answer === 1) return { folder: await createNumbered(parentDir, name), created: true };
  return null;
}

/** Removes what a failed export into a new folder left behind (best effort). */
export async function undoNewFolder(folder: string, written: readonly string[]): Promise<void> {
  for (const path of written) await unlink(path).catch(() => undefined);
  await rmdir(folder).catch(() => undefined);
}

/** Where a folder export goes, once the user has chosen. */
export interface ChosenFolder {
  /** The folder the user chose to put the export in. */
  parentDir: string;
  /** The export's own folder inside it. */
  folder: string;
  /** Whether `folder` was created for this export (else the user said Replace). */
  created: boolean;
}

/**
 * Shows the folder dialog and places a folder named `suggestedName` there: a new one, or
 * an existing one after the user said Replace. Null when the user cancelled.
 */
export async function chooseFolder(
  suggestedName: string,
  parent: DialogParent,
): Promise<IpcResult<ChosenFolder | null>> {
  const answer = await showOpenDialog(parent, folderDialogOptions(await readLastFolder()));
  const parentDir = answer.filePaths[0];
  if (answer.canceled || parentDir === undefined) return ok(null);
  if (!isAbsolute(parentDir)) return fail('The folder dialog returned an unusable location.');
  try {
    // promptToCreate lets the dialog return a folder that does not exist yet.
    await mkdir(parentDir, { recursive: true });
    const placed = await placeFolder(parent, parentDir, suggestedName);
    return ok(placed && { parentDir, ...placed });
  } catch (error) {
    return fail(writeErrorMessage(error, join(parentDir, suggestedName)));
  }
}

/** Shows the folder dialog and writes `request.files` into a new folder there. */
export async function saveFolder(
  request: SaveFolderRequest,
  parent: DialogParent,
): Promise<IpcResult<SaveOutcome>> {
  const chosen = await chooseFolder(request.suggestedName, parent);
  if (!chosen.ok) return chosen;
  if (chosen.value === null) return ok(CANCELLED);
  const { parentDir, folder, created } = chosen.value;

  const targets: string[] = [];
  for (const file of request.files) {
    const target = resolveInside(folder, file.name);
    if (target === null) {
      if (created) await undoNewFolder(folder, []);
      return fail(`“${file.name}” is not a plain file name; nothing was exported.`);
    }
    targets.push(target);
  }

  const written: string[] = [];
  for (const [index, file] of request.files.entries()) {
    const target = targets[index] ?? '';
    try {
      await writeFileAtomic(target, file.content);
      written.push(target);
    } catch (error) {
      const reason = writeErrorMessage(error, target);
      if (created) {
        await undoNewFolder(folder, written);
        return fail(`${reason} Nothing was exported.`);
      }
      const done = `${String(written.length)} of ${String(request.files.length)}`;
      return fail(`${reason} ${done} files were replaced before this one.`);
    }
  }
  await rememberFolder(parentDir);
  return ok({ status: 'saved', path: folder });
}
