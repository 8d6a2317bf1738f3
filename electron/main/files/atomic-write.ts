/**
 * Writes a file so that the target is never half-written: the content goes to a
 * temporary file in the same folder (same disk, so the rename is atomic), is flushed to
 * disk, and only then renamed over the target. A crash, a full disk or a refused write
 * leaves the old file exactly as it was, and the temporary file is removed.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system steps of an atomic write. An object so tests can replace one step
 * (a rename that fails, a disk that fills up) and check what is left behind.
 */
export const atomicWriteOps = {
  /** Creates `path` (never an existing file), writes `content` as UTF-8 and fsyncs it. */
  async writeTemp(path: string, content: string, mode: number): Promise<void> {
    const handle = await open(path, 'wx', mode);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from: string, to: string): Promise<void> => rename(from, to),
  unlink: (path: string): Promise<void> => unlink(path),
  /** Flushes the folder entry so the rename itself survives a power cut (POSIX only). */
  async syncFolder(folder: string): Promise<void> {
    if (process.platform === 'win32') return;
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The temporary name for `target`: hidden, unique, in the same folder. */
export function tempPathFor(target: string): string {
  const random = randomBytes(6).toString('hex');
  return join(dirname(target), `.${basename(target)}.${random}.tmp`);
}

/** Keeps the permissions of a file being replaced; new files get rw-r--r--. */
async function modeFor(target: string): Promise<number> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return 0o644;
  }
}

/**
 * Writes `content` to `target` atomically. Throws the underlying file-system error (with
 * its `code`) when anything fails; the target is then unchanged and no temporary file
 * remains.
 */
export async function writeFileAtomic(
  target: string,
  content: string,
  ops: typeof atomicWriteOps = atomicWriteOps,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await ops.writeTemp(temp, content, await modeFor(target));
    await ops.rename(temp, target);
  } catch (error) {
    // The temp file may not exist (open failed); that is fine.
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  // The data is safely in place; a folder that cannot be synced is not a failure.
  await ops.syncFolder(dirname(target)).catch(() => undefined);
}
