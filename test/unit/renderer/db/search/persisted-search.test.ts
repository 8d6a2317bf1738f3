// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openShortlistDb, type ShortlistDb } from '../../../../../renderer/src/db/db';
import { RoleSearch } from '../../../../../renderer/src/db/search-index';
import { MemorySearch } from '../../../../../renderer/src/db/search/memory-search';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { prepNote, roleBySeedKey } from './search-fixture';

const opened: ShortlistDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    await getSearch(db).keeper.idle();
    await getSearch(db).keeper.store.delete();
    await db.delete();
  }
});

const searches = new WeakMap<ShortlistDb, RoleSearch>();
function getSearch(db: ShortlistDb): RoleSearch {
  const search = searches.get(db) ?? new RoleSearch(db);
  searches.set(db, search);
  return search;
}

/** A database with the sample roles, its search (hooks installed first) prepared. */
async function seeded(): Promise<{ db: ShortlistDb; search: RoleSearch }> {
  const db = openShortlistDb(`shortlist-test-${crypto.randomUUID()}`);
  opened.push(db);
  const search = getSearch(db);
  await ensureSampleRoles(db, SAMPLE_ROLES);
  await search.prepare();
  return { db, search };
}

/** Seed keys of the roles the persisted index finds (it must be able to answer). */
async function indexed(db: ShortlistDb, query: string): Promise<string[]> {
  const search = getSearch(db);
  await search.keeper.settled();
  const ids = await search.persisted.roleIds(query);
  if (!ids) throw new Error('The persisted index did not answer');
  const roles = await db.roles.bulkGet([...ids]);
  return roles.map((role) => role?.seedKey ?? role?.title ?? '?').sort();
}

describe('the persisted search index', () => {
  it('answers like the in-memory index on the sample roles', async () => {
    const { db } = await seeded();
    const memory = new MemorySearch(db);
    const queries = ['kubeflow', 'Landscape', 'infiniband hpc', 'infiniband landscape', 'LXD'];
    // Prefix ("kubern"), near misses ("kubernets"), punctuation inside a word ("C++/Go").
    queries.push('kubern', 'kubernets', 'engineering manager', 'C++/Go', 'ubuntu', 'zzz');
    for (const query of queries) {
      const ids = await getSearch(db).persisted.roleIds(query);
      expect(ids, query).toEqual(await memory.search(query));
    }
    expect(await indexed(db, 'kubeflow')).toEqual(['canonical-em-mlops']);
    expect(await indexed(db, '   ')).toEqual([]);
  });

  it('follows notes, evidence, renames and deletions as they are committed', async () => {
    const { db } = await seeded();
    const lxd = await roleBySeedKey(db, 'canonical-em-lxd');
    expect(await indexed(db, 'zanzibar')).toEqual([]);

    const added = prepNote(lxd.id, 'Ask about the Zanzibar offsite');
    await db.notes.add(added);
    expect(await indexed(db, 'zanzibar')).toEqual(['canonical-em-lxd']);
    expect(await indexed(db, 'thursday')).toEqual(['canonical-em-lxd']);

    await db.notes.update(added.id, { body: 'Ask about the Walrus offsite' });
    expect(await indexed(db, 'zanzibar')).toEqual([]);
    expect(await indexed(db, 'walrus')).toEqual(['canonical-em-lxd']);

    const [item] = await db.requirements.where('roleId').equals(lxd.id).toArray();
    await db.requirements.update(item?.id ?? '', { evidence: 'Led the Quokka migration' });
    expect(await indexed(db, 'quokka')).toEqual(['canonical-em-lxd']);

    await db.roles.update(lxd.id, { title: 'Platypus lead' });
    expect(await indexed(db, 'platypus')).toEqual(['canonical-em-lxd']);

    await db.notes.delete(added.id);
    expect(await indexed(db, 'walrus')).toEqual([]);

    // Deleting the role with its records leaves nothing of it in the index.
    await db.transaction('rw', db.roles, db.requirements, db.notes, async () => {
      await db.requirements.where('roleId').equals(lxd.id).delete();
      await db.notes.where('roleId').equals(lxd.id).delete();
      await db.roles.delete(lxd.id);
    });
    expect(await indexed(db, 'platypus')).toEqual([]);
    expect(await getSearch(db).keeper.store.roleWords.get(lxd.id)).toBeUndefined();
  });

  it('falls back to an in-memory index when its own writes fail (storage full)', async () => {
    const { db, search } = await seeded();
    search.keeper.failed = true;
    expect(await search.persisted.roleIds('kubeflow')).toBeNull();
    const mlops = await roleBySeedKey(db, 'canonical-em-mlops');
    expect(await search.search('kubeflow')).toEqual(new Set([mlops.id]));
  });

  it('ignores writes that roll back', async () => {
    const { db } = await seeded();
    const lxd = await roleBySeedKey(db, 'canonical-em-lxd');
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.add(prepNote(lxd.id, 'Wombat'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await indexed(db, 'wombat')).toEqual([]);
  });

  it('is used by the role search once prepared, and survives a new session', async () => {
    const { db } = await seeded();
    const lxd = await roleBySeedKey(db, 'canonical-em-lxd');
    await db.notes.add(prepNote(lxd.id, 'Marzipan'));
    await getSearch(db).keeper.settled();
    // A new window (or a reload): a new search object reads the same index at once.
    const again = new RoleSearch(db);
    expect(await again.persisted.roleIds('marzipan')).toEqual(new Set([lxd.id]));
    expect(await again.search('marzipan')).toEqual(new Set([lxd.id]));
    again.keeper.store.close();
  });

  it('is checked at the next start: data changed behind its back is rebuilt first', async () => {
    const { db } = await seeded();
    const lxd = await roleBySeedKey(db, 'canonical-em-lxd');
    // Another connection without the hooks, like a write the index never heard of.
    const other = openShortlistDb(db.name);
    await other.notes.add(prepNote(lxd.id, 'Kumquat'));
    other.close();
    expect(await indexed(db, 'kumquat')).toEqual([]);

    // The next session's first search sees the difference and answers from the rebuilt
    // index.
    const next = new RoleSearch(db);
    expect(await next.search('kumquat')).toEqual(new Set([lxd.id]));
    await next.keeper.idle();
    expect(await next.persisted.roleIds('kumquat')).toEqual(new Set([lxd.id]));
    expect(await next.persisted.roleIds('kubeflow')).toEqual(
      new Set([(await roleBySeedKey(db, 'canonical-em-mlops')).id]),
    );
    next.keeper.store.close();
  });

  it('rebuilds after a transaction that replaced many roles; a search waits for it', async () => {
    const { db } = await seeded();
    const roles = Array.from({ length: 600 }, (_, i) => ({
      ...SAMPLE_ROLE_FIELDS,
      id: `bulk-${String(i).padStart(4, '0')}`,
      title: i === 599 ? 'Xylophone tuner' : `Bulk role ${String(i)}`,
    }));
    await db.transaction('rw', db.roles, async () => {
      await db.roles.clear();
      await db.roles.bulkAdd(roles);
    });
    // Asked before the rebuild is done, the search answers once it is, from the new data.
    const search = getSearch(db);
    expect(await search.search('xylophone')).toEqual(new Set(['bulk-0599']));
    await search.keeper.settled();
    await waitFor(async () => (await search.keeper.usableState()) !== null);
    expect(await indexed(db, 'xylophone')).toEqual(['Xylophone tuner']);
    expect(await indexed(db, 'kubeflow')).toEqual([]);
    expect(await search.keeper.store.roleWords.count()).toBe(600);
  });
});

const SAMPLE_ROLE_FIELDS = {
  company: 'Acme',
  team: '',
  location: '',
  sourceUrl: '',
  archived: 0 as const,
  progress: { required: { done: 0, total: 0 }, preferred: { done: 0, total: 0 } },
  lastActivityAt: 1,
  createdAt: 1,
  updatedAt: 1,
};

/** Waits on the index's own state (each check awaits real work, never a timer). */
async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 10_000; i += 1) {
    if (await done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the index never became usable');
}
