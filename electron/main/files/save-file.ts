/**
 * `file:save`: a native save dialog, then an atomic write to exactly the path that
 * dialog returned. The renderer never supplies a path; it only suggests a file name.
 */
import { lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { SaveFileRequest, SaveOutcome } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { writeFileAtomic } from './atomic-write';
import { writeErrorMessage } from './fs-errors';
import { readLastFolder, rememberFolder } from './last-folder';
import {
  askUser,
  SAVE_KINDS,
  saveDialogOptions,
  showSaveDialog,
  withExtension,
  type DialogParent,
} from './save-dialogs';

const CANCELLED: SaveOutcome = { status: 'cancelled' };

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks before replacing a file the dialog's own overwrite check did not cover (its
 * name gained an extension after the dialog closed). Cancel is the default.
 */
async function confirmReplace(parent: DialogParent, path: string): Promise<boolean> {
  const response = await askUser(parent, {
    type: 'warning',
    title: 'Replace File?',
    message: `“${basename(path)}” already exists. Replace it?`,
    detail: `It is in “${dirname(path)}”. Replacing it overwrites its contents.`,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}

/** Shows the save dialog for `request.kind` and writes `request.content` where chosen. */
export async function saveFile(
  request: SaveFileRequest,
  parent: DialogParent,
): Promise<IpcResult<SaveOutcome>> {
  const { extension } = SAVE_KINDS[request.kind];
  const suggested = withExtension(request.suggestedName, extension);
  const answer = await showSaveDialog(
    parent,
    saveDialogOptions(request.kind, join(await readLastFolder(), suggested)),
  );
  if (answer.canceled || !answer.filePath) return ok(CANCELLED);
  // The dialog returns absolute paths; anything else is not a place the user chose.
  if (!isAbsolute(answer.filePath)) return fail('The save dialog returned an unusable location.');

  const target = withExtension(answer.filePath, extension);
  if (target !== answer.filePath && (await exists(target))) {
    if (!(await confirmReplace(parent, target))) return ok(CANCELLED);
  }
  try {
    await writeFileAtomic(target, request.content);
  } catch (error) {
    return fail(writeErrorMessage(error, target));
  }
  await rememberFolder(dirname(target));
  return ok({ status: 'saved', path: target });
}
