/**
 * "Also asked by": the checklist items of other roles that ask for the same thing as one
 * item, with their role's title and what they share. Every requirement is read (the
 * suggestions span all roles), but the similarity index is rebuilt only when some item's
 * text changed since the last call, so ticking or linking a story costs a read, not a
 * rebuild.
 */
import type { Requirement } from '../../../shared/domain/model';
import {
  buildSuggestionIndex,
  similarAsksTo,
  type SuggestionIndex,
} from '../../../shared/similarity/index';
import type { ShortlistDb } from './db';

/** One suggestion, fresh from the database. */
export interface SimilarAsk {
  requirement: Requirement;
  roleTitle: string;
  /** 0–1: how alike the two asks are. */
  score: number;
  /** What they share, in plain words: `["leadership", "software engineering"]`. */
  shared: readonly string[];
}

interface IndexedAsk {
  id: string;
  roleId: string;
  text: string;
}

interface CachedIndex {
  signature: string;
  index: SuggestionIndex<IndexedAsk>;
}

const cache = new WeakMap<ShortlistDb, CachedIndex>();

/** Changes whenever an item is added, removed or reworded (ids and texts, in id order). */
function signatureOf(requirements: readonly Requirement[]): string {
  let hash = 2166136261;
  for (const item of requirements) {
    for (const part of [item.id, item.roleId, item.text]) {
      for (let at = 0; at < part.length; at += 1) {
        hash = Math.imul(hash ^ part.charCodeAt(at), 16777619);
      }
      hash = Math.imul(hash ^ 0x1f, 16777619);
    }
  }
  return `${String(requirements.length)}:${String(hash >>> 0)}`;
}

function indexFor(db: ShortlistDb, requirements: readonly Requirement[]) {
  const signature = signatureOf(requirements);
  const cached = cache.get(db);
  if (cached?.signature === signature) return cached.index;
  const index = buildSuggestionIndex(
    requirements.map((item) => ({ id: item.id, roleId: item.roleId, text: item.text })),
  );
  cache.set(db, { signature, index });
  return index;
}

/**
 * The items of other roles asking the same as `requirementId`, best first, one per role.
 *
 * @param db - The database.
 * @param requirementId - The item the suggestions are for.
 * @param limit - At most this many (default 5).
 * @returns Suggestions with fresh records (ticks and stories as they are now); empty when
 *   the item does not exist or nothing is alike enough.
 */
export async function findSimilarAsks(
  db: ShortlistDb,
  requirementId: string,
  limit = 5,
): Promise<SimilarAsk[]> {
  const [requirements, roles] = await db.transaction('r', [db.requirements, db.roles], async () =>
    Promise.all([db.requirements.orderBy('id').toArray(), db.roles.toArray()]),
  );
  const byId = new Map(requirements.map((item) => [item.id, item]));
  const titles = new Map(roles.map((role) => [role.id, role.title]));
  return similarAsksTo(indexFor(db, requirements), requirementId, limit).flatMap((found) => {
    const requirement = byId.get(found.item.id);
    if (!requirement) return [];
    return [
      {
        requirement,
        roleTitle: titles.get(requirement.roleId) ?? '',
        score: found.score,
        shared: found.shared,
      },
    ];
  });
}

/**
 * Links every one of `storyIds` to the item `requirementId` ("Also asked by" → Link), in
 * one transaction; stories already linked or since deleted are skipped. Never ticks.
 *
 * @returns How many links were added, or `undefined` when the item no longer exists.
 */
export async function linkStoriesTo(
  db: ShortlistDb,
  requirementId: string,
  storyIds: readonly string[],
  now: number = Date.now(),
): Promise<number | undefined> {
  return db.transaction('rw', [db.requirements, db.stories], async () => {
    const item = await db.requirements.get(requirementId);
    if (!item) return undefined;
    const existing = await db.stories.bulkGet([...storyIds]);
    const added = storyIds.filter(
      (id, at) => existing[at] !== undefined && !item.storyIds.includes(id),
    );
    if (added.length > 0) {
      await db.requirements.update(requirementId, {
        storyIds: [...item.storyIds, ...added],
        updatedAt: now,
      });
    }
    return added.length;
  });
}
