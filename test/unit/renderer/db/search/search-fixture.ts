/** Records the search-index tests add to the sample roles. */
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
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
