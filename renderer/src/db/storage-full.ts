/**
 * Recognising "storage is full". Browsers report it as a QuotaExceededError (the
 * origin's quota is used up, or the disk is nearly full, which lowers the quota); Dexie
 * passes it on as is, or wrapped (an AbortError or OpenFailedError whose `inner` is the
 * quota error). Anything may be thrown, so every step is read defensively.
 */

/** The message every refused write carries while Shortlist is read-only. */
export const STORAGE_FULL_MESSAGE =
  'Not saved: storage is full. Free some space, then choose Try again in the banner.';

/**
 * A write refused because storage is known to be full. Its own name, not the browser's:
 * Dexie rewraps errors named like its own, repeating the message.
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(message: string = STORAGE_FULL_MESSAGE) {
    super(message);
  }

  /** Just the sentence: notices show `${String(error)}` after their own words. */
  override toString(): string {
    return this.message;
  }
}

const FULL_NAMES = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'StorageFullError',
]);
/** Words a disk-full failure is reported with when it has no quota name. */
const FULL_WORDS = /quota ?exceeded|no space left|disk is full|disk full|ENOSPC|EDQUOT/i;

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Whether `error` (or what it wraps: Dexie's `inner`, a `cause`) says storage is full. */
export function isStorageFullError(error: unknown): boolean {
  let current: unknown = error;
  // A few levels are enough for Dexie's wrapping; a cycle must not loop forever.
  for (let depth = 0; depth < 5 && current != null; depth++) {
    const name = field(current, 'name');
    if (typeof name === 'string' && FULL_NAMES.has(name)) return true;
    const message = field(current, 'message');
    if (typeof message === 'string' && FULL_WORDS.test(message)) return true;
    current = field(current, 'inner') ?? field(current, 'cause');
  }
  return false;
}
