/** Live queries of the Stories screens: re-render when stories or their links change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Story } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { getStory, listLinkedRoles, listStories, type LinkedRole } from '../../db/stories-repo';

const NO_STORIES: Story[] = [];

export function useStories(): Story[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listStories(db), [db]);
}

/** `null` when the story does not exist. */
export function useStory(storyId: string): Story | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getStory(db, storyId)) ?? null, [db, storyId]);
}

export function useLinkedRoles(storyId: string): LinkedRole[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listLinkedRoles(db, storyId), [db, storyId]);
}

/** How many items, and in how many roles, each story backs: one indexed query for all. */
export interface LinkCount {
  items: number;
  roles: number;
}

export function useLinkCounts(stories: readonly Story[] = NO_STORIES): Map<string, LinkCount> {
  const db = useDb();
  // The ids as one string: a new array each render must not re-run the query.
  const key = stories.map((story) => story.id).join('\n');
  return (
    useLiveQuery(async () => {
      const ids = key ? key.split('\n') : [];
      const items = await db.requirements.where('storyIds').anyOf(ids).distinct().toArray();
      const counts = new Map<string, { items: number; roles: Set<string> }>();
      for (const item of items) {
        for (const id of item.storyIds) {
          const count = counts.get(id) ?? { items: 0, roles: new Set<string>() };
          count.items += 1;
          count.roles.add(item.roleId);
          counts.set(id, count);
        }
      }
      return new Map(
        [...counts].map(([id, c]) => [id, { items: c.items, roles: c.roles.size }] as const),
      );
    }, [db, key]) ?? new Map<string, LinkCount>()
  );
}
