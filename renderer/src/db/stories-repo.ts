/**
 * Stories: reusable evidence, and their links to checklist items of any role. A link
 * lives on the item (`requirement.storyIds`, a multi-entry index), so "the items a story
 * backs" is one indexed query and deleting an item drops its links with it. Linking
 * never ticks an item: the tick stays the applicant's call.
 */
import type { Requirement, Role, Story } from '../../../shared/domain/model';
import { splitTags } from '../../../shared/domain/note-search';
import { storyFromItem, storyTextProblem } from '../../../shared/domain/story-rules';
import { fail, ok, type Result } from '../../../shared/result';
import { newId, type ShortlistDb } from './db';

/** The editable fields of a story. */
export type StoryFields = Pick<Story, 'title' | 'body' | 'tags' | 'date'>;

const STORY_GONE = 'This story no longer exists. It may have been deleted in another window.';
const ITEM_GONE = 'This checklist item no longer exists.';

/** Every story, unsorted (the list sorts and filters; there are tens, not thousands). */
export async function listStories(db: ShortlistDb): Promise<Story[]> {
  return db.stories.toArray();
}

export async function getStory(db: ShortlistDb, storyId: string): Promise<Story | undefined> {
  return db.stories.get(storyId);
}

/** The stories with these ids that exist, in the order given. */
export async function getStories(db: ShortlistDb, storyIds: readonly string[]): Promise<Story[]> {
  const found = await db.stories.bulkGet([...storyIds]);
  return found.filter((story): story is Story => story !== undefined);
}

/** Why these fields cannot be saved, or undefined. */
function fieldsProblem(fields: StoryFields): string | undefined {
  return storyTextProblem({ ...fields, tags: fields.tags.join(',') });
}

/** The fields as stored: title trimmed, tags normalised. */
function cleaned(fields: StoryFields): StoryFields {
  return {
    title: fields.title.trim(),
    body: fields.body,
    tags: splitTags(fields.tags.join(',')),
    date: fields.date,
  };
}

/** Creates a story; blank fields make an "Untitled story" the editor then fills. */
export async function createStory(
  db: ShortlistDb,
  fields: Partial<StoryFields> = {},
  now: number = Date.now(),
): Promise<Result<Story>> {
  const all: StoryFields = { title: '', body: '', tags: [], date: '', ...fields };
  const problem = fieldsProblem(all);
  if (problem) return fail(`The story cannot be saved: ${problem}.`);
  const story: Story = { id: newId(), ...cleaned(all), createdAt: now, updatedAt: now };
  await db.stories.add(story);
  return ok(story);
}

/** Writes the story's fields (a no-op, keeping `updatedAt`, when nothing changed). */
export async function updateStory(
  db: ShortlistDb,
  storyId: string,
  fields: StoryFields,
  now: number = Date.now(),
): Promise<Result<Story>> {
  const problem = fieldsProblem(fields);
  if (problem) return fail(`The story cannot be saved: ${problem}.`);
  return db.transaction('rw', db.stories, async () => {
    const story = await db.stories.get(storyId);
    if (!story) return fail<Story>(STORY_GONE);
    const next: Story = { ...story, ...cleaned(fields) };
    if (sameFields(story, next)) return ok(story);
    next.updatedAt = now;
    await db.stories.put(next);
    return ok(next);
  });
}

function sameFields(a: StoryFields, b: StoryFields): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.date === b.date &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

/** The checklist items a story backs, across roles. */
export async function listLinkedItems(db: ShortlistDb, storyId: string): Promise<Requirement[]> {
  return db.requirements.where('storyIds').equals(storyId).toArray();
}

/** A role and the items of it that a story backs, in checklist order. */
export interface LinkedRole {
  role: Role;
  items: Requirement[];
}

/** What a story's page lists: every role it supports (by title), with those items. */
export async function listLinkedRoles(db: ShortlistDb, storyId: string): Promise<LinkedRole[]> {
  return db.transaction('r', [db.requirements, db.roles], async () => {
    const items = await listLinkedItems(db, storyId);
    const roleIds = [...new Set(items.map((item) => item.roleId))];
    const roles = await db.roles.bulkGet(roleIds);
    const linked: LinkedRole[] = [];
    for (const role of roles) {
      if (!role) continue;
      const own = items.filter((item) => item.roleId === role.id).sort((a, b) => a.order - b.order);
      linked.push({ role, items: own });
    }
    return linked.sort((a, b) => a.role.title.localeCompare(b.role.title));
  });
}

/** Links a story to an item; linking twice is harmless. Never ticks the item. */
export async function linkStory(
  db: ShortlistDb,
  requirementId: string,
  storyId: string,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  return db.transaction('rw', [db.requirements, db.stories], async () => {
    const item = await db.requirements.get(requirementId);
    if (!item) return fail<Requirement>(ITEM_GONE);
    if (!(await db.stories.get(storyId))) return fail<Requirement>(STORY_GONE);
    if (item.storyIds.includes(storyId)) return ok(item);
    const next: Requirement = { ...item, storyIds: [...item.storyIds, storyId], updatedAt: now };
    await db.requirements.put(next);
    return ok(next);
  });
}

/** Takes a story off an item; the story itself stays. */
export async function unlinkStory(
  db: ShortlistDb,
  requirementId: string,
  storyId: string,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  return db.transaction('rw', db.requirements, async () => {
    const item = await db.requirements.get(requirementId);
    if (!item) return fail<Requirement>(ITEM_GONE);
    if (!item.storyIds.includes(storyId)) return ok(item);
    const storyIds = item.storyIds.filter((id) => id !== storyId);
    const next: Requirement = { ...item, storyIds, updatedAt: now };
    await db.requirements.put(next);
    return ok(next);
  });
}

/**
 * "Save as a story": a new story from the item's wording and evidence, linked to the
 * item, in one transaction. The item's own evidence stays as it is.
 */
export async function saveItemAsStory(
  db: ShortlistDb,
  requirementId: string,
  now: number = Date.now(),
): Promise<Result<Story>> {
  return db.transaction('rw', [db.requirements, db.stories], async () => {
    const item = await db.requirements.get(requirementId);
    if (!item) return fail<Story>(ITEM_GONE);
    const created = await createStory(db, storyFromItem(item), now);
    if (!created.ok) return created;
    await db.requirements.put({
      ...item,
      storyIds: [...item.storyIds, created.value.id],
      updatedAt: now,
    });
    return created;
  });
}

/** A deleted story and the items it backed: what Undo needs. */
export interface DeletedStory {
  story: Story;
  itemIds: string[];
}

/** Deletes a story, its links and any draft of it, in one transaction. */
export async function deleteStory(
  db: ShortlistDb,
  storyId: string,
  now: number = Date.now(),
): Promise<DeletedStory | undefined> {
  return db.transaction('rw', [db.stories, db.requirements, db.drafts], async () => {
    const story = await db.stories.get(storyId);
    if (!story) return undefined;
    const items = await listLinkedItems(db, storyId);
    for (const item of items) {
      const storyIds = item.storyIds.filter((id) => id !== storyId);
      await db.requirements.put({ ...item, storyIds, updatedAt: now });
    }
    await db.drafts.delete(storyDraftKey(storyId));
    await db.stories.delete(storyId);
    return { story, itemIds: items.map((item) => item.id) };
  });
}

/**
 * Undo of a delete: the story as it was (same id and times) and its links to the items
 * that still exist. Returns how many links came back.
 */
export async function restoreStory(
  db: ShortlistDb,
  deleted: DeletedStory,
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', [db.stories, db.requirements], async () => {
    await db.stories.put(deleted.story);
    let linked = 0;
    for (const item of await db.requirements.bulkGet(deleted.itemIds)) {
      if (!item) continue;
      linked += 1;
      if (item.storyIds.includes(deleted.story.id)) continue;
      const storyIds = [...item.storyIds, deleted.story.id];
      await db.requirements.put({ ...item, storyIds, updatedAt: now });
    }
    return linked;
  });
}

/**
 * Removes a story nobody wrote anything in (opened with "New story" and left), unless
 * it has links or a draft. Returns whether it was removed.
 */
export async function dropBlankStory(db: ShortlistDb, storyId: string): Promise<boolean> {
  return db.transaction('rw', [db.stories, db.requirements, db.drafts], async () => {
    const story = await db.stories.get(storyId);
    if (!story || story.title.trim() || story.body.trim() || story.tags.length || story.date) {
      return false;
    }
    if ((await db.requirements.where('storyIds').equals(storyId).count()) > 0) return false;
    if (await db.drafts.get(storyDraftKey(storyId))) return false;
    await db.stories.delete(storyId);
    return true;
  });
}

/** The draft key of a story's editor (drafts: see story-drafts-repo.ts). */
export function storyDraftKey(storyId: string): string {
  return `story:${storyId}`;
}

/** The stories these items link to, each once (call inside a transaction over stories). */
export async function storiesOfItems(
  db: ShortlistDb,
  items: readonly Requirement[],
): Promise<Story[]> {
  return getStories(db, [...new Set(items.flatMap((item) => item.storyIds))]);
}

/** Of `stories`, those that `items` link to. */
export function pickStories(stories: readonly Story[], items: readonly Requirement[]): Story[] {
  const ids = new Set(items.flatMap((item) => item.storyIds));
  return stories.filter((story) => ids.has(story.id));
}
