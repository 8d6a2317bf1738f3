/** Reads what "Export stories" needs: every story, with the roles and items it supports. */
import type { Role } from '../../../shared/domain/model';
import type { StoryExportData } from '../../../shared/export/story-markdown';
import type { ShortlistDb } from './db';

/** Every story with the roles and items it supports, in one read, for "Export stories". */
export async function loadStoryExports(db: ShortlistDb): Promise<StoryExportData[]> {
  return db.transaction('r', [db.stories, db.requirements, db.roles], async () => {
    const stories = await db.stories.toArray();
    const items = await db.requirements
      .where('storyIds')
      .anyOf(stories.map((story) => story.id))
      .distinct()
      .toArray();
    const roles = new Map<string, Role>();
    for (const role of await db.roles.bulkGet([...new Set(items.map((item) => item.roleId))])) {
      if (role) roles.set(role.id, role);
    }
    return stories.map((story) => {
      const mine = items.filter((item) => item.storyIds.includes(story.id));
      const links = [...roles.values()]
        .map((role) => ({
          role,
          items: mine.filter((item) => item.roleId === role.id).sort((a, b) => a.order - b.order),
        }))
        .filter((link) => link.items.length > 0)
        .sort((a, b) => a.role.title.localeCompare(b.role.title));
      return { story, links };
    });
  });
}
