/**
 * What every IPC handler returns. Electron keeps only `.message` of a thrown error, so
 * expected failures travel as values and the renderer can show them.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed result carrying a message fit to show the user. */
export function fail<T = never>(error: string): IpcResult<T> {
  return { ok: false, error };
}
