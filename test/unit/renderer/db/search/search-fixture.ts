/** Records the search-index tests add to the sample roles. */
// Test files import 'fake-indexeddb/auto' first, before Dexie loads.
import { afterEach } from 'vitest';
import { openShortlistDb, type ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { RoleSearch } from '../../../../../renderer/src/db/search-index';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import type { Note, Role } from '../../../../../shared/domain/model';

/** A prep note on a role, with the given body and tags. */
export function prepNote(roleId: string, body: string, tags: string[] = ['thursday']): Note {
  return {
    id: crypto.randomUUID(),
    roleId,
    title: 'Prep',
    body,
    tags,
    pinned: 0,
    createdAt: 1,
    updatedAt: 1,
  };
}

/** The sample role with `seedKey`; fails the test when it is missing. */
export async function roleBySeedKey(db: ShortlistDb, seedKey: string): Promise<Role> {
  const role = await db.roles.where('seedKey').equals(seedKey).first();
  if (!role) throw new Error(`no ${seedKey}`);
  return role;
}

/**
 * A maker of fresh databases with the sample roles and a prepared search index; every
 * one it made (database and index) is deleted after each test of the file calling it.
 */
export function sampleSearchDbs(): () => Promise<{ db: ShortlistDb; search: RoleSearch }> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return async () => {
    const db = openShortlistDb(`shortlist-test-${crypto.randomUUID()}`);
    const search = new RoleSearch(db);
    cleanups.push(async () => {
      await search.keeper.idle();
      await search.keeper.store.delete();
      await db.delete();
    });
    await ensureSampleRoles(db, SAMPLE_ROLES);
    await search.prepare();
    return { db, search };
  };
}
