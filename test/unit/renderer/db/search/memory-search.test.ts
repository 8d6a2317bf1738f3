// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySearch as RoleSearch } from '../../../../../renderer/src/db/search/memory-search';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { freshDb } from '../test-db';
import { prepNote } from './search-fixture';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

async function seedKeyOf(search: RoleSearch, query: string): Promise<string[]> {
  const ids = await search.search(query);
  const roles = await db.roles.bulkGet([...ids]);
  return roles.map((role) => role?.seedKey ?? '?').sort();
}

describe('the in-memory fallback search', () => {
  it('finds roles by title, team, requirement text, and every word across records', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const search = new RoleSearch(db);
    expect(await seedKeyOf(search, 'kubeflow')).toEqual(['canonical-em-mlops']);
    expect(await seedKeyOf(search, 'Landscape')).toEqual(['canonical-director-landscape']);
    // "Infiniband" is only in the HPC requirements; "HPC" is its title.
    expect(await seedKeyOf(search, 'infiniband hpc')).toEqual(['canonical-em-hpc']);
    expect(await seedKeyOf(search, 'infiniband landscape')).toEqual([]);
    expect(await seedKeyOf(search, '   ')).toEqual([]);
  });

  it('follows notes, evidence and renames as they are committed', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const search = new RoleSearch(db);
    expect(await seedKeyOf(search, 'zanzibar')).toEqual([]);
    const lxd = await db.roles.where('seedKey').equals('canonical-em-lxd').first();
    if (!lxd) throw new Error('no LXD role');

    const added = prepNote(lxd.id, 'Ask about the Zanzibar offsite');
    await db.notes.add(added);
    expect(await seedKeyOf(search, 'zanzibar')).toEqual(['canonical-em-lxd']);
    expect(await seedKeyOf(search, 'thursday')).toEqual(['canonical-em-lxd']);

    const [item] = await db.requirements.where('roleId').equals(lxd.id).toArray();
    await db.requirements.update(item?.id ?? '', { evidence: 'Led the Quokka migration' });
    expect(await seedKeyOf(search, 'quokka')).toEqual(['canonical-em-lxd']);

    await db.roles.update(lxd.id, { title: 'Platypus lead' });
    expect(await seedKeyOf(search, 'platypus')).toEqual(['canonical-em-lxd']);

    await db.notes.delete(added.id);
    expect(await seedKeyOf(search, 'zanzibar')).toEqual([]);
  });

  it('ignores writes that roll back', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const search = new RoleSearch(db);
    await search.search('warm up the index');
    const [role] = await db.roles.toArray();
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.add(prepNote(role?.id ?? '', 'Wombat'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await seedKeyOf(search, 'wombat')).toEqual([]);
  });
});

describe('preparing the index ahead of the first search', () => {
  it('indexes more documents than one slice, and keeps writes made while it builds', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const lxd = await db.roles.where('seedKey').equals('canonical-em-lxd').first();
    if (!lxd) throw new Error('no LXD role');
    // Several slices' worth: the last note must still be found.
    const notes = Array.from({ length: 4500 }, (_, i) => prepNote(lxd.id, `filler ${String(i)}`));
    const last = prepNote(lxd.id, 'Quokka sighting at the offsite');
    await db.notes.bulkAdd([...notes, last]);

    const search = new RoleSearch(db);
    const preparing = search.prepare();
    // Committed while the index is being built: replayed once it is.
    await db.notes.add(prepNote(lxd.id, 'Walrus question for the panel'));
    await db.notes.delete(last.id);
    await preparing;

    expect(await seedKeyOf(search, 'walrus')).toEqual(['canonical-em-lxd']);
    expect(await seedKeyOf(search, 'quokka')).toEqual([]);
    expect(await seedKeyOf(search, 'filler')).toEqual(['canonical-em-lxd']);
  });
});
