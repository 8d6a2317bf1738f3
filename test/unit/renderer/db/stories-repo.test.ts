// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import {
  createStory,
  deleteStory,
  dropBlankStory,
  getStory,
  linkStory,
  listLinkedRoles,
  restoreStory,
  saveItemAsStory,
  unlinkStory,
  updateStory,
} from '../../../../renderer/src/db/stories-repo';
import {
  commitStoryDraft,
  commitStoryDrafts,
  loadStoryDraft,
  saveStoryDraft,
} from '../../../../renderer/src/db/story-drafts-repo';
import { setEvidence } from '../../../../renderer/src/db/evidence-repo';
import { loadRoleExport } from '../../../../renderer/src/db/export-repo';
import { loadStoryExports } from '../../../../renderer/src/db/story-export-repo';
import type { Requirement, Story } from '../../../../shared/domain/model';
import { storyFromItem } from '../../../../shared/domain/story-rules';
import { freshDb } from './test-db';

let db: ShortlistDb;
let items: Requirement[];

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const roles = await db.roles.orderBy('title').toArray();
  // The first item of each of three roles.
  items = [];
  for (const role of roles.slice(0, 3)) {
    const [first] = await db.requirements.where('roleId').equals(role.id).sortBy('order');
    if (first) items.push(first);
  }
  expect(items).toHaveLength(3);
});
afterEach(async () => {
  await db.delete();
});

function must<T>(result: { ok: true; value: T } | { ok: false; error: string } | null): T {
  if (!result?.ok) throw new Error(result ? result.error : 'no result');
  return result.value;
}

async function newStory(title = 'Led a distributed team'): Promise<Story> {
  return must(await createStory(db, { title, body: 'We shipped.', tags: ['lead'] }, 10));
}

const item = async (id: string) => (await db.requirements.get(id)) as Requirement;

describe('stories', () => {
  it('are created and edited with clean fields; a no-op edit keeps updatedAt', async () => {
    const story = await newStory('  Led a team  ');
    expect(story).toMatchObject({ title: 'Led a team', tags: ['lead'], date: '', updatedAt: 10 });
    const edited = must(
      await updateStory(
        db,
        story.id,
        { title: 'T', body: 'B', tags: ['a', ' A ', 'b'], date: '2024-03-01' },
        20,
      ),
    );
    expect(edited).toMatchObject({ tags: ['a', 'b'], date: '2024-03-01', updatedAt: 20 });
    const again = must(await updateStory(db, story.id, { ...edited }, 30));
    expect(again.updatedAt).toBe(20);
    const bad = await updateStory(db, story.id, { ...edited, date: '2024-13-01' });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('date') as unknown });
  });

  it('link to items of several roles without ticking them, and list them by role', async () => {
    const story = await newStory();
    for (const { id } of items) must(await linkStory(db, id, story.id, 50));
    must(await linkStory(db, items[0]?.id ?? '', story.id, 60));
    for (const { id } of items) {
      const linked = await item(id);
      expect(linked.storyIds).toEqual([story.id]);
      expect(linked.checked).toBe(0);
    }
    const roles = await listLinkedRoles(db, story.id);
    expect(roles.map((r) => r.items.map((i) => i.id))).toHaveLength(3);
    expect(roles.flatMap((r) => r.items.map((i) => i.id)).sort()).toEqual(
      items.map((i) => i.id).sort(),
    );
    must(await unlinkStory(db, items[1]?.id ?? '', story.id));
    expect((await item(items[1]?.id ?? '')).storyIds).toEqual([]);
    expect(await linkStory(db, 'nope', story.id)).toMatchObject({ ok: false });
  });

  it('delete with their links and draft, and Undo brings both back', async () => {
    const story = await newStory();
    for (const { id } of items) must(await linkStory(db, id, story.id));
    await saveStoryDraft(db, story.id, { title: 'x', body: '', tags: '', date: '' });
    const deleted = await deleteStory(db, story.id);
    expect(deleted?.itemIds.sort()).toEqual(items.map((i) => i.id).sort());
    expect(await getStory(db, story.id)).toBeUndefined();
    expect(await loadStoryDraft(db, story.id)).toBeUndefined();
    for (const { id } of items) expect((await item(id)).storyIds).toEqual([]);

    if (!deleted) throw new Error('not deleted');
    // An item deleted meanwhile does not come back; the others are linked again.
    await db.requirements.delete(items[2]?.id ?? '');
    expect(await restoreStory(db, deleted)).toBe(2);
    expect(await getStory(db, story.id)).toEqual(story);
    expect((await item(items[0]?.id ?? '')).storyIds).toEqual([story.id]);
  });

  it('"Save as a story" makes one from the item and links it, evidence untouched', async () => {
    const first = items[0] as Requirement;
    await setEvidence(db, first.id, 'I led **five** teams.');
    const story = must(await saveItemAsStory(db, first.id, 70));
    expect(story.body).toBe('I led **five** teams.');
    expect(story.title).toBe(storyFromItem(first).title);
    expect(story.title.length).toBeGreaterThan(0);
    const after = await item(first.id);
    expect(after.storyIds).toEqual([story.id]);
    expect(after.evidence).toBe('I led **five** teams.');
    expect(after.checked).toBe(0);
  });

  it('a blank story is dropped when left, unless it has a link', async () => {
    const blank = must(await createStory(db));
    const linked = must(await createStory(db));
    must(await linkStory(db, items[0]?.id ?? '', linked.id));
    expect(await dropBlankStory(db, blank.id)).toBe(true);
    expect(await dropBlankStory(db, linked.id)).toBe(false);
    expect(await dropBlankStory(db, (await newStory()).id)).toBe(false);
  });
});

describe('story drafts', () => {
  it('commit into the story and are deleted; an unsaveable one is kept', async () => {
    const story = await newStory();
    await saveStoryDraft(db, story.id, { title: 'New', body: 'b', tags: 'x, y', date: '' });
    const saved = must(await commitStoryDraft(db, story.id, 99));
    expect(saved).toMatchObject({ title: 'New', tags: ['x', 'y'], updatedAt: 99 });
    expect(await loadStoryDraft(db, story.id)).toBeUndefined();
    expect(await commitStoryDraft(db, story.id)).toBeNull();

    const long = { title: 'x'.repeat(301), body: '', tags: '', date: '' };
    await saveStoryDraft(db, story.id, long);
    expect((await commitStoryDraft(db, story.id))?.ok).toBe(false);
    expect(await loadStoryDraft(db, story.id)).toEqual(long);
  });

  it('left by a crash are committed on recovery, except an open editor’s', async () => {
    const [a, b] = [await newStory('A'), await newStory('B')];
    await saveStoryDraft(db, a.id, { title: 'A2', body: '', tags: '', date: '' });
    await saveStoryDraft(db, b.id, { title: 'B2', body: '', tags: '', date: '' });
    expect(await commitStoryDrafts(db, (id) => id === b.id)).toBe(1);
    expect((await getStory(db, a.id))?.title).toBe('A2');
    expect((await getStory(db, b.id))?.title).toBe('B');
  });
});

describe('stories in exports', () => {
  it('come with the roles and items they support, and with each role they back', async () => {
    const story = await newStory();
    const lonely = await newStory('Not linked');
    for (const { id } of items) must(await linkStory(db, id, story.id));
    const exported = await loadStoryExports(db);
    const linked = exported.find((entry) => entry.story.id === story.id);
    expect(linked?.links.map((link) => link.items.map((i) => i.id))).toHaveLength(3);
    expect(exported.find((entry) => entry.story.id === lonely.id)?.links).toEqual([]);

    const role = await loadRoleExport(db, items[0]?.roleId ?? '');
    expect(role?.stories?.map((s) => s.id)).toEqual([story.id]);
  });
});
