/**
 * Which editors are open right now, in this window or any other of the app's windows.
 * Each open editor holds a Web Lock named after it; the browser (and Electron, whose
 * windows share the app:// origin) releases a closed or crashed window's locks, so a
 * draft whose editor holds no lock is text left behind, safe for another editor to
 * take over, and a draft whose editor holds one is that editor's alone.
 */
import { draftEditorId } from './note-revision';

const PREFIX = 'shortlist-editor:';

/** Absent in some test environments: presence is then unknown and nothing is "live". */
function lockManager(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
}

/** Holds the editor's lock until the returned function is called. */
export function holdEditorLock(editorId: string): () => void {
  const locks = lockManager();
  if (!locks) return () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(PREFIX + editorId, () => held).catch(() => undefined);
  return () => {
    release();
  };
}

/** The ids of every editor open in any window. */
export async function liveEditorIds(): Promise<ReadonlySet<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  const names = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(PREFIX));
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
