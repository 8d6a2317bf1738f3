/**
 * The drafts that keep a story editor's text safe between keystrokes and commits, as
 * notes have: the editor writes a draft on every change; a commit moves it into the
 * story and deletes it in one transaction, so the text is always in one of the two.
 * A story belongs to no role, so its drafts carry an empty `roleId`.
 */
import { z } from 'zod';
import { draftSizeProblem } from '../../../shared/domain/field-limits';
import type { Draft, Story } from '../../../shared/domain/model';
import { formatTags, splitTags } from '../../../shared/domain/note-search';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';
import { putDraftAtExit } from './exit-drafts';
import { storyDraftKey, updateStory } from './stories-repo';

/** What the story editor shows: tags still as typed. */
export const storyDraftSchema = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.string(),
  date: z.string(),
});
export type StoryDraft = z.infer<typeof storyDraftSchema>;

/** The editor's text for a stored story. */
export function storyToDraft(story: Story): StoryDraft {
  return { title: story.title, body: story.body, tags: formatTags(story.tags), date: story.date };
}

/** Drafts of stories have no role. */
const NO_ROLE = '';
const PREFIX = 'story:';

/** Saves the editor's text (the newest wins); refused when over the drafts' size limit. */
export async function saveStoryDraft(
  db: ShortlistDb,
  storyId: string,
  value: StoryDraft,
  now: number = Date.now(),
): Promise<Result<void>> {
  const tooLarge = draftSizeProblem(value);
  if (tooLarge) return fail(tooLarge);
  await db.drafts.put({ key: storyDraftKey(storyId), roleId: NO_ROLE, value, updatedAt: now });
  return ok(undefined);
}

/**
 * Saves a draft synchronously as the page goes away (see saveNoteDraftAtExit: Dexie
 * would start the write too late). Returns false when it could not be written.
 */
export function saveStoryDraftAtExit(
  db: ShortlistDb,
  storyId: string,
  value: StoryDraft,
  now: number = Date.now(),
): boolean {
  if (draftSizeProblem(value)) return false;
  const draft: Draft = { key: storyDraftKey(storyId), roleId: NO_ROLE, value, updatedAt: now };
  return putDraftAtExit(db, draft);
}

/** The story's draft, or undefined when there is none or it is unreadable. */
export async function loadStoryDraft(
  db: ShortlistDb,
  storyId: string,
): Promise<StoryDraft | undefined> {
  const draft = await db.drafts.get(storyDraftKey(storyId));
  const parsed = storyDraftSchema.safeParse(draft?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Moves the story's draft into the story and deletes the draft, in one transaction.
 * Returns the story as saved; `null` when there was no draft; a failure (keeping the
 * draft, so no text is lost) when the text cannot be saved or the story is gone.
 */
export async function commitStoryDraft(
  db: ShortlistDb,
  storyId: string,
  now: number = Date.now(),
): Promise<Result<Story> | null> {
  return db.transaction('rw', [db.drafts, db.stories], async () => {
    const key = storyDraftKey(storyId);
    const draft = await db.drafts.get(key);
    if (!draft) return null;
    const parsed = storyDraftSchema.safeParse(draft.value);
    if (!parsed.success) return fail<Story>('The draft of this story is unreadable.');
    const { title, body, tags, date } = parsed.data;
    const saved = await updateStory(db, storyId, { title, body, date, tags: splitTags(tags) }, now);
    if (saved.ok) await db.drafts.delete(key);
    return saved;
  });
}

/**
 * Commits every story draft a closed or crashed window left behind, except those an
 * open editor is writing (`isOpen`). Returns how many were committed.
 */
export async function commitStoryDrafts(
  db: ShortlistDb,
  isOpen: (storyId: string) => boolean = () => false,
  now: number = Date.now(),
): Promise<number> {
  const keys = await db.drafts.where('roleId').equals(NO_ROLE).primaryKeys();
  let committed = 0;
  for (const key of keys) {
    if (!key.startsWith(PREFIX)) continue;
    const storyId = key.slice(PREFIX.length);
    if (isOpen(storyId)) continue;
    if ((await commitStoryDraft(db, storyId, now))?.ok) committed += 1;
  }
  return committed;
}
