/**
 * What every IPC handler returns: the shared {@link Result}. Electron keeps only
 * `.message` of a thrown error, so expected failures travel as values and the renderer
 * can show them.
 */
import type { Result } from '../result';

/** What every IPC handler returns (the shared {@link Result} under its IPC name). */
export type IpcResult<T> = Result<T>;

export { fail, ok } from '../result';
