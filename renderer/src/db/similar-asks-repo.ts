/**
 * "Also asked by": the checklist items of other roles that ask for the same thing as one
 * item, with their role's title and what they share. The suggestions span all roles, so
 * they come from every item's text, held between calls with its similarity index
 * (ask-corpus.ts); only the items suggested are read fresh, with their roles' titles.
 */
import type { Requirement, Role } from '../../../shared/domain/model';
import { similarAsksTo } from '../../../shared/similarity/index';
import { askCorpus } from './ask-corpus';
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
  const found = similarAsksTo(await askCorpus(db).suggestionIndex(), requirementId, limit);
  if (found.length === 0) return [];
  const [requirements, roles] = await db.transaction('r', [db.requirements, db.roles], async () => {
    const items = await db.requirements.bulkGet(found.map((one) => one.item.id));
    const roleIds = items.flatMap((item) => (item ? [item.roleId] : []));
    return [items, await db.roles.bulkGet(roleIds)] as const;
  });
  const titles = new Map(
    roles.filter((role): role is Role => role !== undefined).map((role) => [role.id, role.title]),
  );
  return found.flatMap((one, at) => {
    const requirement = requirements[at];
    if (!requirement) return [];
    return [
      {
        requirement,
        roleTitle: titles.get(requirement.roleId) ?? '',
        score: one.score,
        shared: one.shared,
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
