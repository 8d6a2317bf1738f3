/**
 * Reads what the index holds for some roles from the app's database: the words of each
 * role's own fields, its requirements (text and evidence) and its notes (title, body,
 * tags) — the same text the in-memory index reads.
 */
import { termsOf } from '../../../../shared/domain/search-terms';
import type { ShortlistDb } from '../db';
import type { RoleWords } from './search-db';

/** The index rows of those of `roleIds` that exist; ids of deleted roles are left out. */
export async function readRoleWords(db: ShortlistDb, roleIds: string[]): Promise<RoleWords[]> {
  if (roleIds.length === 0) return [];
  // One equality range per role, read whole: an anyOf() over many keys walks a cursor
  // record by record, several times slower.
  const [roles, requirementLists, noteLists] = await db.transaction(
    'r',
    [db.roles, db.requirements, db.notes],
    () =>
      Promise.all([
        db.roles.bulkGet(roleIds),
        Promise.all(roleIds.map((id) => db.requirements.where('roleId').equals(id).toArray())),
        Promise.all(roleIds.map((id) => db.notes.where('roleId').equals(id).toArray())),
      ]),
  );
  const requirements = requirementLists.flat();
  const notes = noteLists.flat();
  const texts = new Map<string, string[]>();
  for (const role of roles) {
    if (role) texts.set(role.id, [role.title, role.team, role.company, role.location]);
  }
  for (const item of requirements) texts.get(item.roleId)?.push(item.text, item.evidence);
  for (const note of notes) texts.get(note.roleId)?.push(note.title, note.body, ...note.tags);
  return [...texts].map(([roleId, parts]) => ({ roleId, words: termsOf(parts) }));
}

/**
 * A cheap summary of the data the index is built from: row counts and the newest edit
 * times. Stored with every index write; a different one at startup means the data
 * changed without the index (written by other means, or a crash between the two
 * commits), so the index is rebuilt.
 */
export async function fingerprint(db: ShortlistDb): Promise<string> {
  const parts = await db.transaction('r', [db.roles, db.requirements, db.notes], () =>
    Promise.all([
      db.roles.count(),
      db.requirements.count(),
      db.notes.count(),
      db.roles.orderBy('updatedAt').last(),
      db.notes.orderBy('updatedAt').last(),
    ]),
  );
  const [roles, requirements, notes, role, note] = parts;
  return [roles, requirements, notes, role?.updatedAt ?? 0, note?.updatedAt ?? 0].join(':');
}
