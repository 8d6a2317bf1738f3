/**
 * A role's own dates and state: archiving it (out of the Roles table, the Board and the
 * Agenda, never deleted) and the posting's closing date. Archiving is logged in the same
 * transaction as the change, so the Activity tab and the role never disagree.
 */
import type { UpdateSpec } from 'dexie';
import { isClosingDateValue } from '../../../shared/domain/closing-date';
import type { Role } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';
import { logActivity } from './activities-repo';

/** Expected failures are values the screen can show; exceptions mean bugs. */
export type RoleStateResult = { ok: true; value: Role } | { ok: false; error: string };

const MISSING = 'This role no longer exists (it may have been deleted in another window).';

/** The activity lines for archiving and unarchiving. */
export const ARCHIVED_SUMMARY = 'Archived the role';
export const UNARCHIVED_SUMMARY = 'Unarchived the role';

/**
 * Archives (`archived` true) or unarchives the role and logs it, in one transaction.
 * Archiving stamps `archivedAt`; unarchiving removes it. Asking for the state the role
 * is already in changes nothing and logs nothing (a second window, a double click).
 */
export async function setRoleArchived(
  db: ShortlistDb,
  roleId: string,
  archived: boolean,
  now: number = Date.now(),
): Promise<RoleStateResult> {
  return db.transaction('rw', [db.roles, db.activities], async () => {
    const role = await db.roles.get(roleId);
    if (!role) return { ok: false, error: MISSING };
    if ((role.archived === 1) === archived) return { ok: true, value: role };
    // Dexie deletes a property set to undefined: that is how unarchiving clears the time.
    const changes: UpdateSpec<Role> = archived
      ? { archived: 1, archivedAt: now, updatedAt: now }
      : { archived: 0, archivedAt: undefined, updatedAt: now };
    await db.roles.update(roleId, changes);
    await logActivity(
      db,
      {
        roleId,
        type: archived ? 'role-archived' : 'role-unarchived',
        summary: archived ? ARCHIVED_SUMMARY : UNARCHIVED_SUMMARY,
      },
      now,
    );
    const saved = await db.roles.get(roleId);
    return saved ? { ok: true, value: saved } : { ok: false, error: MISSING };
  });
}

/**
 * Sets the posting's closing day ("YYYY-MM-DD"), or clears it with "". Anything else
 * (a half-typed or impossible date) is refused and nothing is written.
 */
export async function setClosingDate(
  db: ShortlistDb,
  roleId: string,
  value: unknown,
  now: number = Date.now(),
): Promise<RoleStateResult> {
  if (typeof value !== 'string' || !isClosingDateValue(value)) {
    return { ok: false, error: 'Not saved: the closing date is not a real day.' };
  }
  return db.transaction('rw', [db.roles], async () => {
    const updated = await db.roles.update(roleId, { closingDate: value, updatedAt: now });
    if (updated === 0) return { ok: false, error: MISSING };
    const saved = await db.roles.get(roleId);
    return saved ? { ok: true, value: saved } : { ok: false, error: MISSING };
  });
}
