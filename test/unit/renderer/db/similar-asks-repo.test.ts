// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { findSimilarAsks, linkStoriesTo } from '../../../../renderer/src/db/similar-asks-repo';
import type { Requirement } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

let db: ShortlistDb;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
});
afterEach(async () => {
  await db.delete();
});

async function itemStarting(text: string): Promise<Requirement> {
  const found = (await db.requirements.toArray()).find((item) => item.text.startsWith(text));
  if (!found) throw new Error(`no item starting ${text}`);
  return found;
}

describe('findSimilarAsks', () => {
  it('names the other roles asking the same, with fresh ticks, and what they share', async () => {
    const lxd = await itemStarting('Technical leadership experience and a background');
    const server = await itemStarting('Technical leadership and a solid background');
    await db.requirements.update(server.id, { checked: 1 });
    const found = await findSimilarAsks(db, lxd.id);
    const match = found.find((ask) => ask.requirement.id === server.id);
    expect(match?.roleTitle).toBe('Linux Server Software Engineering Manager');
    expect(match?.requirement.checked).toBe(1);
    expect(match?.shared).toEqual(expect.arrayContaining(['leadership', 'software engineering']));
    expect(found.some((ask) => ask.requirement.roleId === lxd.roleId)).toBe(false);
  });

  it('sees a reworded item at once, and nothing for an unknown id', async () => {
    const travel = await itemStarting('Willingness to travel');
    expect((await findSimilarAsks(db, travel.id)).map((ask) => ask.requirement.text)).toEqual([
      expect.stringMatching(/^Willingness to travel/),
    ]);
    const other = (await findSimilarAsks(db, travel.id))[0]?.requirement;
    if (!other) throw new Error('no travel match');
    await db.requirements.update(other.id, { text: 'Fluent in Rust' });
    expect(await findSimilarAsks(db, travel.id)).toEqual([]);
    expect(await findSimilarAsks(db, 'no-such-item')).toEqual([]);
  });
});

describe('linkStoriesTo', () => {
  it('adds the missing links in one go, skips deleted stories, and never ticks', async () => {
    const server = await itemStarting('Technical leadership and a solid background');
    await db.stories.bulkAdd([
      { id: 's1', title: 'One', body: '', tags: [], date: '', createdAt: 1, updatedAt: 1 },
      { id: 's2', title: 'Two', body: '', tags: [], date: '', createdAt: 1, updatedAt: 1 },
    ]);
    await db.requirements.update(server.id, { storyIds: ['s1'] });
    expect(await linkStoriesTo(db, server.id, ['s1', 's2', 'gone'])).toBe(1);
    const after = await db.requirements.get(server.id);
    expect(after?.storyIds).toEqual(['s1', 's2']);
    expect(after?.checked).toBe(server.checked);
    expect(await linkStoriesTo(db, 'no-such-item', ['s1'])).toBeUndefined();
  });
});
