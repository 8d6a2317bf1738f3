/**
 * Drafts written as the page goes away (pagehide: a reload, a closed window). The put is
 * issued and committed synchronously on IndexedDB (Dexie would start it too late), but
 * the browser can still drop it: when another write holds the drafts store, ours waits
 * in line, and the unloading page's queued transactions are aborted with its connection.
 * So each is also copied, synchronously, into localStorage, and the next start moves
 * the copies into the drafts table before any editor or recovery reads it.
 */
import type { Draft } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';

const PREFIX = 'shortlist:exit-draft:';

/** The page's localStorage; absent outside a page (unit tests in Node). */
function pageStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** Keeps `draft` as the page goes away; false when neither copy could be written. */
export function putDraftAtExit(db: ShortlistDb, draft: Draft): boolean {
  let kept = false;
  try {
    const storage = pageStorage();
    storage?.setItem(PREFIX + draft.key, JSON.stringify(draft));
    kept = storage !== undefined;
  } catch {
    // Over localStorage's quota (a very long draft): the IndexedDB write alone.
  }
  if (!db.isOpen()) return kept;
  const transaction = db.backendDB().transaction('drafts', 'readwrite');
  transaction.objectStore('drafts').put(draft);
  transaction.commit();
  return true;
}

function asDraft(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, roleId, value: fields, updatedAt } = value as Record<string, unknown>;
  const valid =
    typeof key === 'string' &&
    typeof roleId === 'string' &&
    typeof updatedAt === 'number' &&
    typeof fields === 'object' &&
    fields !== null;
  return valid ? (value as Draft) : undefined;
}

/**
 * At start, before the first screen: moves the copies kept at exit into the drafts
 * table, where a copy newer than the stored draft (or with none) wins, then forgets them.
 * Resolves to how many were put back. With storage full they stay for the next start.
 */
export async function restoreExitDrafts(db: ShortlistDb): Promise<number> {
  const storage = pageStorage();
  if (!storage) return 0;
  const names: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const name = storage.key(index);
    if (name?.startsWith(PREFIX)) names.push(name);
  }
  if (names.length === 0) return 0;
  let restored = 0;
  await db.transaction('rw', db.drafts, async () => {
    for (const name of names) {
      let draft: Draft | undefined;
      try {
        draft = asDraft(JSON.parse(storage.getItem(name) ?? 'null'));
      } catch {
        draft = undefined;
      }
      if (!draft) continue;
      const stored = await db.drafts.get(draft.key);
      if (!stored || stored.updatedAt < draft.updatedAt) {
        await db.drafts.put(draft);
        restored += 1;
      }
    }
  });
  for (const name of names) storage.removeItem(name);
  return restored;
}
