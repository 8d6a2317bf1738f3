/** The activity log's record of exports ("Saved as Markdown", "Copied the brief…"). */
import type { Activity } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';
import { logActivity } from './activities-repo';
import { storageStatus } from './storage-status';

/**
 * Records that a role was exported. An export changes no data, so the entry is the only
 * write; it is skipped (returns undefined) when the role was deleted meanwhile, so the
 * log never holds entries for a role that is gone, and while storage is full: the export
 * itself needed no space and worked, and there is no room to record it.
 */
export async function logExport(
  db: ShortlistDb,
  roleId: string,
  summary: string,
  now: number = Date.now(),
): Promise<Activity | undefined> {
  if (storageStatus(db).full) return undefined;
  return db.transaction('rw', db.roles, db.activities, async () => {
    const role = await db.roles.get(roleId);
    if (!role) return undefined;
    return logActivity(db, { roleId, type: 'exported', summary }, now);
  });
}
