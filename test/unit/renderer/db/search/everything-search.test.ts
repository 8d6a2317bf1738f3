// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { searchEverything } from '../../../../../renderer/src/db/search/everything-search';
import { sampleSearchDbs } from './search-fixture';

const sampleDb = sampleSearchDbs();

const stamps = { createdAt: 1, updatedAt: 1 };

describe('searching everything (the palette)', () => {
  it('groups single records that hold every word, with the hits marked', async () => {
    const { db, search } = await sampleDb();
    const lxd = await db.roles.where('seedKey').equals('canonical-em-lxd').first();
    if (!lxd) throw new Error('no LXD role');
    const [item] = await db.requirements.where('roleId').equals(lxd.id).sortBy('order');
    await db.requirements.update(item?.id ?? '', { evidence: 'Ran the **wombat** migration' });
    await db.notes.add({
      id: 'n1',
      roleId: lxd.id,
      title: '',
      body: 'Wombat questions for the panel',
      tags: [],
      pinned: 0,
      ...stamps,
    });
    await db.stories.add({
      id: 's1',
      title: 'The wombat rescue',
      body: 'Situation: a wombat. Task: rescue.',
      tags: ['leadership'],
      date: '',
      ...stamps,
    });

    const hits = await searchEverything(db, search, 'wombat');
    expect(hits.map((hit) => [hit.kind, hit.id])).toEqual([
      ['evidence', item?.id],
      ['note', 'n1'],
      ['story', 's1'],
    ]);
    const [evidence, note, story] = hits;
    // Evidence: titled by its requirement, the snippet from the evidence (as plain text).
    expect(evidence?.title).toBe(item?.text);
    expect(evidence?.snippet).toEqual([
      { text: 'Ran the ', hit: false },
      { text: 'wombat', hit: true },
      { text: ' migration', hit: false },
    ]);
    expect(evidence?.context).toBe(`${lxd.title} · ${lxd.company}`);
    expect(note?.title).toBe('Untitled note');
    expect(note?.roleId).toBe(lxd.id);
    expect(story?.roleId).toBeNull();
    expect(story?.titleParts.filter((part) => part.hit).map((part) => part.text)).toEqual([
      'wombat',
    ]);
  });

  it('finds roles and requirements, at most a few of each, and nothing for no words', async () => {
    const { db, search } = await sampleDb();
    const hits = await searchEverything(db, search, 'engineering manager', 2);
    const kinds = hits.map((hit) => hit.kind);
    expect(kinds.filter((kind) => kind === 'role')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'requirement').length).toBeLessThanOrEqual(2);
    // Grouped in order: roles first.
    expect(kinds.indexOf('role')).toBe(0);
    // Every word must be in the one record, not spread over the role.
    const kubeflow = await searchEverything(db, search, 'kubeflow');
    expect(
      kubeflow.every((hit) =>
        /kubeflow/i.test(hit.title + hit.snippet.map((p) => p.text).join('')),
      ),
    ).toBe(true);
    expect(await searchEverything(db, search, '  ')).toEqual([]);
  });
});
