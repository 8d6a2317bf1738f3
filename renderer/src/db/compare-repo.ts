/**
 * What the roles comparison reads: the compared roles and their checklist items, by
 * indexed lookups only (the roles by key, the items by role), so opening a comparison
 * costs the same with five roles in the database as with five thousand.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Requirement, Role } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';
import { useDb } from './db-context';

/** The compared roles that still exist (in the order asked) and their checklist items. */
export interface ComparisonRecords {
  roles: Role[];
  requirements: Requirement[];
}

/** Reads the roles and their items in one read transaction, so both are from one moment. */
export async function loadComparison(
  db: ShortlistDb,
  roleIds: readonly string[],
): Promise<ComparisonRecords> {
  return db.transaction('r', [db.roles, db.requirements], async () => {
    const roles = (await db.roles.bulkGet([...roleIds])).filter(
      (role): role is Role => role !== undefined,
    );
    const requirements = await db.requirements
      .where('roleId')
      .anyOf(roles.map((role) => role.id))
      .toArray();
    return { roles, requirements };
  });
}

/** The comparison's records, live: a tick or a linked story shows at once. */
export function useComparisonRecords(roleIds: readonly string[]): ComparisonRecords | undefined {
  const db = useDb();
  const key = roleIds.join(',');
  // The ids' joined key is the dependency: a new array with the same ids is no change.
  return useLiveQuery(() => loadComparison(db, roleIds), [db, key]);
}
