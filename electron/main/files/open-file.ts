/**
 * `file:open`: a native open dialog filtered by kind, a size check before reading, and
 * the text as UTF-8 without a byte-order mark. Only the file the user picked is read.
 */
import { open, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute } from 'node:path';
import type { OpenKind, OpenOutcome } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { readErrorMessage } from './fs-errors';
import { readLastFolder, rememberFolder } from './last-folder';
import { OPEN_KINDS, openDialogOptions, showOpenDialog, type DialogParent } from './save-dialogs';

/** Drops a leading UTF-8 byte-order mark, which editors on Windows like to add. */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function megabytes(bytes: number): string {
  return `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/**
 * Reads `path` as text if it is a regular file within `maxBytes`. It is checked to be a
 * regular file before it is opened (a FIFO would block the open); the size is taken from
 * the open handle, so the file checked is the file read.
 */
export async function readTextFile(
  path: string,
  kind: OpenKind,
): Promise<IpcResult<{ name: string; content: string; size: number }>> {
  const { maxBytes, label } = OPEN_KINDS[kind];
  const name = basename(path);
  let handle;
  try {
    // Looked at before opening: opening a FIFO (or a device) for reading can block until
    // something writes to it, which may be never.
    const before = await stat(path);
    if (!before.isFile()) return fail(`“${name}” is not a file.`);
    handle = await open(path, 'r');
  } catch (error) {
    return fail(readErrorMessage(error, path));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail(`“${name}” is not a file.`);
    if (info.size > maxBytes) {
      return fail(
        `“${name}” is too large for a ${label} (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)}).`,
      );
    }
    const buffer = await handle.readFile();
    // A file that grew after the check is held to the same limit.
    if (buffer.byteLength > maxBytes) return fail(`“${name}” is too large for a ${label}.`);
    return ok({ name, content: stripBom(buffer.toString('utf8')), size: buffer.byteLength });
  } catch (error) {
    return fail(readErrorMessage(error, path));
  } finally {
    await handle.close();
  }
}

/** Shows the open dialog for `kind` and reads the chosen file. */
export async function openFile(
  kind: OpenKind,
  parent: DialogParent,
): Promise<IpcResult<OpenOutcome>> {
  const answer = await showOpenDialog(parent, openDialogOptions(kind, await readLastFolder()));
  const path = answer.filePaths[0];
  if (answer.canceled || path === undefined) return ok({ status: 'cancelled' });
  if (!isAbsolute(path)) return fail('The open dialog returned an unusable location.');
  const read = await readTextFile(path, kind);
  if (!read.ok) return read;
  await rememberFolder(dirname(path));
  return ok({ status: 'opened', file: read.value });
}
