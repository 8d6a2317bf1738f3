/** Queries and commands on a role's requirement checklist. */
import type { Requirement } from '../../../shared/domain/model';
import { checklistProgress } from '../../../shared/domain/progress';
import type { ShortlistDb } from './db';
import { logActivity } from './activities-repo';

/**
 * Recounts a role's ticks into `role.progress`. Call inside every transaction that
 * changes the role's requirements (it needs the requirements and roles tables); a
 * recount rather than an increment, so the figure can never drift.
 */
export async function recountProgress(db: ShortlistDb, roleId: string): Promise<void> {
  const items = await db.requirements.where('roleId').equals(roleId).toArray();
  await db.roles.update(roleId, { progress: checklistProgress(items) });
}

/** The role's checklist in its stored order. */
export async function listRequirements(db: ShortlistDb, roleId: string): Promise<Requirement[]> {
  return db.requirements
    .where('[roleId+order]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .toArray();
}

/**
 * Ticks or unticks an item and logs it, in one transaction. Returns false when the
 * item no longer exists (deleted in another window), so the caller can say so.
 */
export async function setRequirementChecked(
  db: ShortlistDb,
  requirementId: string,
  checked: boolean,
  now: number = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', [db.requirements, db.roles, db.activities], async () => {
    const requirement = await db.requirements.get(requirementId);
    if (!requirement) return false;
    const flag = checked ? 1 : 0;
    if (requirement.checked === flag) return true;
    await db.requirements.update(requirementId, { checked: flag, updatedAt: now });
    await recountProgress(db, requirement.roleId);
    await logActivity(
      db,
      {
        roleId: requirement.roleId,
        type: checked ? 'requirement-ticked' : 'requirement-unticked',
        summary: `${checked ? 'Ticked' : 'Unticked'}: ${requirement.text}`,
      },
      now,
    );
    return true;
  });
}
