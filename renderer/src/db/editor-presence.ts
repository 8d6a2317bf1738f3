/**
 * Which editors are open right now, in this window or any other of the app's windows.
 * Each open editor holds a Web Lock named after it; the browser (and Electron, whose
 * windows share the app:// origin) releases a closed or crashed window's locks, so a
 * draft whose editor holds no lock is text left behind, safe for another editor to
 * take over, and a draft whose editor holds one is that editor's alone.
 */
import { draftEditorId } from './note-revision';
import { heldLockNames, holdLock, holdLockWhenFree, whenLockFree } from './web-locks';

const PREFIX = 'shortlist-editor:';
/** The note editors open in this window (a lock query cannot tell whose a lock is). */
const ownEditors = new Set<string>();

/** Holds the editor's lock until the returned function is called. */
export function holdEditorLock(editorId: string): () => void {
  ownEditors.add(editorId);
  const release = holdLock(PREFIX + editorId);
  return () => {
    ownEditors.delete(editorId);
    release();
  };
}

/** Whether the editor is open in this window (not merely in some window). */
export function isOwnEditor(editorId: string): boolean {
  return ownEditors.has(editorId);
}

/**
 * Resolves once the editor is open in no window: e.g. a moment after a reload, when the
 * page that wrote a draft lets go of its editor's lock. Rejects when `signal` aborts.
 */
export function whenEditorClosed(editorId: string, signal: AbortSignal): Promise<void> {
  return whenLockFree(PREFIX + editorId, signal);
}

/**
 * Holds the editor's lock once no other window holds it, calling `onHeld` then (and
 * `onBusy` first while another window has it): for an editor only one window may have
 * open at a time (a story's).
 */
export function holdEditorLockWhenFree(
  editorId: string,
  onHeld: () => void,
  onBusy?: () => void,
): () => void {
  return holdLockWhenFree(PREFIX + editorId, onHeld, onBusy);
}

/** The ids of every editor open in any window. */
export async function liveEditorIds(): Promise<ReadonlySet<string>> {
  const names = await heldLockNames(PREFIX);
  return new Set(names.map((name) => name.slice(PREFIX.length)));
}

/** A test of whether a draft key belongs to an editor open now (in any window). */
export async function liveDraftTest(): Promise<(key: string) => boolean> {
  const live = await liveEditorIds();
  return (key) => {
    const editorId = draftEditorId(key);
    return editorId !== undefined && live.has(editorId);
  };
}
