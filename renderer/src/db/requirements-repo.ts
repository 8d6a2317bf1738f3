/**
 * Queries and commands on a role's requirement checklist. Every change that can move a
 * tick count (add, delete, restore, kind change, tick) recounts `role.progress` in the
 * same transaction, so the roles list never reads this table.
 */
import type { Draft, InterviewStage, Requirement } from '../../../shared/domain/model';
import { checklistProgress } from '../../../shared/domain/progress';
import {
  evidenceDraftKey,
  mergeOrder,
  newRequirement,
  newRequirementSchema,
  pickNextStage,
  requirementPatchSchema,
  sortByOrder,
} from '../../../shared/domain/checklist-rules';
import { fail, ok, type Result } from '../../../shared/result';
import { newId, type ShortlistDb } from './db';
import { firstIssue, GONE } from './checklist-results';
import { logActivity } from './activities-repo';
import { getCurrentApplication } from './current-application';
import { listRequirements } from './requirements-list';

/**
 * Recounts a role's ticks into `role.progress`. Call inside every transaction that
 * changes the role's requirements (it needs the requirements and roles tables); a
 * recount rather than an increment, so the figure can never drift.
 */
export async function recountProgress(db: ShortlistDb, roleId: string): Promise<void> {
  const items = await db.requirements.where('roleId').equals(roleId).toArray();
  await db.roles.update(roleId, { progress: checklistProgress(items) });
}

export { listRequirements } from './requirements-list';

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

/** Adds the applicant's own item (`{ text, kind }`, validated) at the end of the list. */
export async function addCustomRequirement(
  db: ShortlistDb,
  roleId: string,
  input: unknown,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  const parsed = newRequirementSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  return db.transaction('rw', [db.requirements, db.roles], async () => {
    if (!(await db.roles.get(roleId))) return fail<Requirement>('That role no longer exists.');
    const last = await db.requirements
      .where('[roleId+order]')
      .between([roleId, -Infinity], [roleId, Infinity])
      .last();
    const order = last ? last.order + 1 : 0;
    const { text, kind } = parsed.data;
    const requirement = newRequirement(
      { id: newId(), roleId, text, kind, origin: 'custom', order },
      now,
    );
    await db.requirements.add(requirement);
    await recountProgress(db, roleId);
    return ok(requirement);
  });
}

/**
 * Edits an item's wording and/or kind (`{ text?, kind? }`, validated). The first edit
 * of a posting item keeps the posting's wording in `originalText`, forever.
 */
export async function updateRequirement(
  db: ShortlistDb,
  requirementId: string,
  patch: unknown,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  const parsed = requirementPatchSchema.safeParse(patch);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const { text, kind } = parsed.data;
  return db.transaction('rw', [db.requirements, db.roles], async () => {
    const current = await db.requirements.get(requirementId);
    if (!current) return fail<Requirement>(GONE);
    const next: Requirement = { ...current };
    if (text !== undefined && text !== current.text) {
      if (current.origin === 'posting' && current.originalText === undefined) {
        next.originalText = current.text;
      }
      next.text = text;
    }
    if (kind !== undefined) next.kind = kind;
    if (next.text === current.text && next.kind === current.kind) return ok(current);
    next.updatedAt = now;
    await db.requirements.put(next);
    if (next.kind !== current.kind) await recountProgress(db, current.roleId);
    return ok(next);
  });
}

/** Puts a posting item's original wording back (its `originalText` stays recorded). */
export async function restoreOriginalWording(
  db: ShortlistDb,
  requirementId: string,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  return db.transaction('rw', [db.requirements], async () => {
    const current = await db.requirements.get(requirementId);
    if (!current) return fail<Requirement>(GONE);
    if (current.originalText === undefined) {
      return fail<Requirement>('This item has no original wording to restore.');
    }
    if (current.text === current.originalText) return ok(current);
    const next: Requirement = { ...current, text: current.originalText, updatedAt: now };
    await db.requirements.put(next);
    return ok(next);
  });
}

/** Everything a delete removed, so Undo can put it all back. */
export interface DeletedRequirement {
  requirement: Requirement;
  /** Stages that listed the item among the requirements they probe. */
  probedByStageIds: string[];
  /** Evidence still being typed when the item was deleted. */
  draft?: Draft;
}

/**
 * Deletes an item (posting or custom), takes it off the stages that probe it and drops
 * its evidence draft, in one transaction. Returns what Undo needs.
 */
export async function deleteRequirement(
  db: ShortlistDb,
  requirementId: string,
): Promise<Result<DeletedRequirement>> {
  return db.transaction('rw', [db.requirements, db.roles, db.stages, db.drafts], async () => {
    const requirement = await db.requirements.get(requirementId);
    if (!requirement) return fail<DeletedRequirement>(GONE);
    const probing = await db.stages
      .where('roleId')
      .equals(requirement.roleId)
      .filter((stage) => stage.probeRequirementIds.includes(requirementId))
      .toArray();
    for (const stage of probing) {
      await db.stages.update(stage.id, {
        probeRequirementIds: stage.probeRequirementIds.filter((id) => id !== requirementId),
      });
    }
    const draftKey = evidenceDraftKey(requirementId);
    const draft = await db.drafts.get(draftKey);
    if (draft) await db.drafts.delete(draftKey);
    await db.requirements.delete(requirementId);
    await recountProgress(db, requirement.roleId);
    const deleted: DeletedRequirement = {
      requirement,
      probedByStageIds: probing.map((stage) => stage.id),
    };
    if (draft) deleted.draft = draft;
    return ok(deleted);
  });
}

/**
 * Undoes a delete: the item returns to its old place (the list is renumbered around
 * it), to the stages that still exist, and with its draft. Restoring twice is harmless.
 */
export async function restoreRequirement(
  db: ShortlistDb,
  deleted: DeletedRequirement,
): Promise<Result<Requirement>> {
  const { requirement, probedByStageIds, draft } = deleted;
  return db.transaction('rw', [db.requirements, db.roles, db.stages, db.drafts], async () => {
    if (!(await db.roles.get(requirement.roleId))) {
      return fail<Requirement>('That role no longer exists, so the item cannot come back.');
    }
    if (await db.requirements.get(requirement.id)) return ok(requirement);
    await db.requirements.add(requirement);
    const items = await db.requirements.where('roleId').equals(requirement.roleId).toArray();
    await renumber(db, items, sortByOrder(items, requirement.id));
    for (const stage of await db.stages.bulkGet(probedByStageIds)) {
      if (!stage || stage.probeRequirementIds.includes(requirement.id)) continue;
      await db.stages.update(stage.id, {
        probeRequirementIds: [...stage.probeRequirementIds, requirement.id],
      });
    }
    if (draft && !(await db.drafts.get(draft.key))) await db.drafts.add(draft);
    await recountProgress(db, requirement.roleId);
    return ok((await db.requirements.get(requirement.id)) ?? requirement);
  });
}

/** Writes `order = index` for every item whose place changed. */
async function renumber(db: ShortlistDb, items: readonly Requirement[], ids: readonly string[]) {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [order, id] of ids.entries()) {
    if (byId.get(id)?.order !== order) await db.requirements.update(id, { order });
  }
}

/**
 * Reorders a role's items in one transaction. `orderedIds` is the new order of all the
 * items or of a subset (one kind's group): the subset keeps the places its members held.
 * Returns false, changing nothing, if an id is unknown or repeated.
 */
export async function reorderRequirements(
  db: ShortlistDb,
  roleId: string,
  orderedIds: readonly string[],
): Promise<boolean> {
  return db.transaction('rw', [db.requirements], async () => {
    const items = await listRequirements(db, roleId);
    const merged = mergeOrder(sortByOrder(items), orderedIds);
    if (!merged) return false;
    await renumber(db, items, merged);
    return true;
  });
}

/**
 * The next stage of the role's current application (see `pickNextStage`), whose
 * `probeRequirementIds` the "probed by the next stage" filter shows; null if none.
 */
export async function getNextStage(
  db: ShortlistDb,
  roleId: string,
): Promise<InterviewStage | null> {
  const application = await getCurrentApplication(db, roleId);
  if (!application) return null;
  const stages = await db.stages
    .where('[applicationId+order]')
    .between([application.id, -Infinity], [application.id, Infinity])
    .toArray();
  return pickNextStage(stages) ?? null;
}
