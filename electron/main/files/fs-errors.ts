/**
 * Turns Node file-system errors into sentences a person can act on. Codes are read
 * defensively: anything may be thrown.
 */
import { basename, dirname } from 'node:path';

/** The `code` of a Node system error, or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = error.code;
  return typeof code === 'string' ? code : null;
}

/** Whether a write failed because the disk (or the user's disk quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * The message shown when writing `path` failed: what happened and what to do, naming
 * the file (or `subject`) and its folder but never the raw error text.
 */
export function writeErrorMessage(
  error: unknown,
  path: string,
  subject = `“${basename(path)}”`,
): string {
  const name = subject;
  const folder = `“${dirname(path)}”`;
  switch (errorCode(error) ?? '') {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${name} could not be saved: the disk is full. Free some space or choose another disk, then try again.`;
    case 'EACCES':
    case 'EPERM':
      return `${name} could not be saved: Shortlist is not allowed to write in ${folder}. Choose another folder.`;
    case 'EROFS':
      return `${name} could not be saved: ${folder} is on a read-only disk. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${name} could not be saved: the folder ${folder} no longer exists.`;
    case 'EISDIR':
      return `${name} could not be saved: a folder with that name is in the way.`;
    case 'ENAMETOOLONG':
      return `${name} could not be saved: the name or path is too long for this disk.`;
    case 'EBUSY':
      return `${name} could not be saved: it is open in another program. Close it and try again.`;
    default:
      return `${name} could not be saved. Try again, or choose another folder.`;
  }
}

/** The message shown when reading `path` failed. */
export function readErrorMessage(error: unknown, path: string): string {
  const name = `“${basename(path)}”`;
  switch (errorCode(error) ?? '') {
    case 'ENOENT':
      return `${name} could not be opened: it no longer exists.`;
    case 'EACCES':
    case 'EPERM':
      return `${name} could not be opened: Shortlist is not allowed to read it.`;
    case 'EISDIR':
      return `${name} is a folder, not a file.`;
    default:
      return `${name} could not be read. Try again, or choose another file.`;
  }
}
