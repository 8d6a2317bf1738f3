/**
 * `file:folder-*`: a folder export written batch by batch, so the renderer never holds
 * every file at once. After the same dialog and Replace / Keep Both question as
 * `file:save-folder`, files are written atomically into a hidden staging folder next to
 * the export's folder (same disk, so moving them is a rename), and only on finish moved
 * into the folder. Given up (the user cancelled, a write failed, the window closed),
 * the staging folder is removed and a folder made for the export with it: a cancelled
 * export leaves no partial file, and a Replace replaces nothing until the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  FolderBeginOutcome,
  FolderWriteRequest,
  SaveOutcome,
} from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { MAX_FOLDER_FILES, MAX_FOLDER_TEXT_CHARS } from '../../../shared/ipc/schemas';
import { atomicWriteOps, writeFileAtomic } from './atomic-write';
import { writeErrorMessage } from './fs-errors';
import { rememberFolder } from './last-folder';
import type { DialogParent } from './save-dialogs';
import { chooseFolder, resolveInside, type ChosenFolder } from './save-folder';

interface Session extends ChosenFolder {
  /** Who opened it (the sender's webContents): nobody else may write to it. */
  owner: unknown;
  staging: string;
  /** Names written so far, lowercased (one file per name on every disk). */
  names: Map<string, string>;
  chars: number;
}

const sessions = new Map<string, Session>();
const GONE = 'This export is no longer open; nothing was saved.';

function sessionOf(token: string, owner: unknown): Session | null {
  const session = sessions.get(token);
  return session && session.owner === owner ? session : null;
}

/** Removes the staging folder, and the export's folder when it was made for it. */
async function discard(token: string, session: Session): Promise<void> {
  sessions.delete(token);
  await rm(session.staging, { recursive: true, force: true }).catch(() => undefined);
  if (session.created) await rmdir(session.folder).catch(() => undefined);
}

/** Asks where the export goes and opens it; `owner` is the caller's webContents. */
export async function beginFolder(
  suggestedName: string,
  parent: DialogParent,
  owner: unknown,
): Promise<IpcResult<FolderBeginOutcome>> {
  const chosen = await chooseFolder(suggestedName, parent);
  if (!chosen.ok) return chosen;
  if (chosen.value === null) return ok({ status: 'cancelled' });
  const place = chosen.value;
  let staging: string;
  try {
    // Hidden, unique, beside the export's folder.
    staging = await mkdtemp(join(place.parentDir, `.${basename(place.folder)}.`));
  } catch (error) {
    if (place.created) await rmdir(place.folder).catch(() => undefined);
    return fail(writeErrorMessage(error, place.folder));
  }
  const token = randomBytes(16).toString('hex');
  sessions.set(token, { ...place, owner, staging, names: new Map(), chars: 0 });
  return ok({ status: 'opened', token });
}

/** Writes a batch into the staging folder; any failure gives the whole export up. */
export async function writeFolder(
  { token, files }: FolderWriteRequest,
  owner: unknown,
): Promise<IpcResult<null>> {
  const session = sessionOf(token, owner);
  if (!session) return fail(GONE);
  const refuse = async (reason: string) => {
    await discard(token, session);
    return fail(`${reason} Nothing was exported.`);
  };
  if (session.names.size + files.length > MAX_FOLDER_FILES) {
    return refuse(`An export can hold at most ${MAX_FOLDER_FILES.toLocaleString('en')} files.`);
  }
  session.chars += files.reduce((sum, file) => sum + file.content.length, 0);
  if (session.chars > MAX_FOLDER_TEXT_CHARS) {
    return refuse(
      `An export can hold at most ${String(MAX_FOLDER_TEXT_CHARS / 1024 / 1024)} MB of text in all.`,
    );
  }
  for (const file of files) {
    const key = file.name.toLowerCase();
    if (session.names.has(key)) return refuse('File names must be unique.');
    const target = resolveInside(session.staging, file.name);
    // Checked against the folder the files end up in too, where they are moved.
    if (target === null || resolveInside(session.folder, file.name) === null) {
      return refuse(`“${file.name}” is not a plain file name;`);
    }
    try {
      await writeFileAtomic(target, file.content);
    } catch (error) {
      return refuse(writeErrorMessage(error, join(session.folder, file.name)));
    }
    session.names.set(key, file.name);
  }
  return ok(null);
}

/** Moves every written file into the export's folder and closes the export. */
export async function finishFolder(token: string, owner: unknown): Promise<IpcResult<SaveOutcome>> {
  const session = sessionOf(token, owner);
  if (!session) return fail(GONE);
  const moved: string[] = [];
  for (const name of session.names.values()) {
    const target = resolveInside(session.folder, name) ?? '';
    try {
      await rename(join(session.staging, name), target);
      moved.push(target);
    } catch (error) {
      const reason = writeErrorMessage(error, target);
      if (session.created) {
        for (const path of moved) await unlink(path).catch(() => undefined);
        await discard(token, session);
        return fail(`${reason} Nothing was exported.`);
      }
      await discard(token, session);
      const done = `${String(moved.length)} of ${String(session.names.size)}`;
      return fail(`${reason} ${done} files were replaced before this one.`);
    }
  }
  await discard(token, session);
  // The renames are in place; a folder that cannot be synced is not a failure.
  await atomicWriteOps.syncFolder(session.folder).catch(() => undefined);
  await rememberFolder(session.parentDir);
  return ok({ status: 'saved', path: session.folder });
}

/** Gives the export up: nothing it wrote is left. */
export async function abortFolder(token: string, owner: unknown): Promise<IpcResult<null>> {
  const session = sessionOf(token, owner);
  if (session) await discard(token, session);
  return ok(null);
}

/** Gives up every export `owner` left open (its window closed or reloaded). */
export async function abortFoldersOf(owner: unknown): Promise<void> {
  for (const [token, session] of [...sessions]) {
    if (session.owner === owner) await discard(token, session);
  }
}
