/** Queries and commands on a role's requirement checklist. */
import type { Requirement } from '../../../shared/domain/model';
import { newId, type ShortlistDb } from './db';

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
  return db.transaction('rw', [db.requirements, db.activities], async () => {
    const requirement = await db.requirements.get(requirementId);
    if (!requirement) return false;
    const flag = checked ? 1 : 0;
    if (requirement.checked === flag) return true;
    await db.requirements.update(requirementId, { checked: flag, updatedAt: now });
    await db.activities.add({
      id: newId(),
      roleId: requirement.roleId,
      type: checked ? 'requirement-ticked' : 'requirement-unticked',
      at: now,
      summary: `${checked ? 'Ticked' : 'Unticked'}: ${requirement.text}`,
    });
    return true;
  });
}
