/**
 * An outcome that may fail in an expected way. Expected failures travel as values with a
 * message fit to show the user, so callers handle them instead of catching throws (and
 * across IPC, where Electron keeps only a thrown error's `.message`, they survive intact).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result carrying a message fit to show the user. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
