/**
 * The folder the user last saved to or opened from, so the next dialog starts there.
 * Kept in `last-folder.json` in the data folder. The file is untrusted (hand edits, a
 * folder since deleted): it is validated with zod and anything wrong means "Documents".
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { app } from 'electron';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const lastFolderSchema = z.object({
  version: z.literal(1),
  folder: z.string().min(1).max(4096).refine(isAbsolute, 'not an absolute path'),
});

/** Where the last folder is remembered. */
export function lastFolderFile(): string {
  return join(app.getPath('userData'), 'last-folder.json');
}

/** The user's Documents folder, or their home folder on systems without one. */
function fallbackFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The folder a save or open dialog should start in: the remembered one if the file is
 * valid and the folder still exists, else Documents.
 */
export async function readLastFolder(): Promise<string> {
  try {
    const parsed = lastFolderSchema.safeParse(JSON.parse(await readFile(lastFolderFile(), 'utf8')));
    if (parsed.success && (await isFolder(parsed.data.folder))) return parsed.data.folder;
  } catch {
    // Missing or unreadable or not JSON: the fallback below is the answer.
  }
  return fallbackFolder();
}

/**
 * Remembers `folder` for the next dialog. Best effort: failing to remember must never
 * fail the save that just succeeded, so errors are only logged.
 */
export async function rememberFolder(folder: string): Promise<void> {
  try {
    await writeFileAtomic(lastFolderFile(), `${JSON.stringify({ version: 1, folder })}\n`);
  } catch (error) {
    console.warn('Could not remember the last folder:', error);
  }
}
