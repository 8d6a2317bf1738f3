/**
 * Re-parsing a role's stored posting text: preview the difference with the current
 * checklist, then apply it keeping the applicant's ticks, evidence and custom items.
 */
import type { Requirement } from '../../../shared/domain/model';
import {
  evidenceDraftKey,
  evidenceDraftSchema,
  newRequirement,
  requirementIdOfDraftKey,
} from '../../../shared/domain/checklist-rules';
import {
  hasProgress,
  planReparse,
  summarizePlan,
  type ReparsePlan,
  type ReparseRow,
} from '../../../shared/import/reparse';
import { newId, type ShortlistDb } from './db';
import { logActivity } from './activities-repo';
import { recountProgress } from './requirements-repo';
import { recordParserVersion } from './parser-version-repo';

/** The re-parse preview for a role, or undefined when the role or posting is gone. */
export async function previewReparse(
  db: ShortlistDb,
  roleId: string,
): Promise<ReparsePlan | undefined> {
  const tables = [db.postings, db.requirements, db.drafts, db.stages];
  const [posting, items, linked] = await db.transaction('r', tables, () =>
    Promise.all([
      db.postings.get(roleId),
      db.requirements.where('roleId').equals(roleId).toArray(),
      linkedItemIds(db, roleId),
    ]),
  );
  if (!posting) return undefined;
  return planReparse(items, posting.text, linked);
}

/**
 * The role's items with work kept outside the item — evidence being typed (a non-blank
 * evidence draft) or a place in an interview stage's probe list — which a re-parse must
 * keep like a tick. Call inside a transaction covering drafts and stages.
 */
async function linkedItemIds(db: ShortlistDb, roleId: string): Promise<Set<string>> {
  const [drafts, stages] = await Promise.all([
    db.drafts.where('roleId').equals(roleId).toArray(),
    db.stages.where('roleId').equals(roleId).toArray(),
  ]);
  const ids = new Set<string>();
  for (const draft of drafts) {
    const id = requirementIdOfDraftKey(draft.key);
    const evidence = evidenceDraftSchema.safeParse(draft.value).data?.evidence ?? '';
    if (id !== undefined && evidence.trim() !== '') ids.add(id);
  }
  for (const stage of stages) for (const id of stage.probeRequirementIds) ids.add(id);
  return ids;
}

/** The requirement a matched or kept row becomes (progress fields untouched). */
function updatedItem(item: Requirement, row: ReparseRow, order: number, now: number) {
  const next: Requirement = { ...item, order, kind: row.kind, updatedAt: now };
  if (row.status === 'removed') next.origin = 'custom';
  if (row.status === 'unchanged' || row.status === 'reworded') {
    next.text = row.newText ?? item.text;
    if (row.postingText !== undefined) next.originalText = row.postingText;
  }
  return next;
}

/** Whether a re-parse changes what the applicant sees (so untouched items keep `updatedAt`). */
function changed(item: Requirement, next: Requirement): boolean {
  return (
    item.text !== next.text ||
    item.kind !== next.kind ||
    item.origin !== next.origin ||
    item.order !== next.order ||
    item.originalText !== next.originalText
  );
}

/** One line for the activity log: "Re-parsed the posting: 2 new, 1 reworded, 1 removed". */
function summaryLine(plan: ReparsePlan): string {
  const counts = summarizePlan(plan);
  const parts = (['new', 'reworded', 'removed'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${status}`);
  return `Re-parsed the posting: ${parts.length > 0 ? parts.join(', ') : 'no changes'}`;
}

/**
 * Applies a re-parse plan in one transaction: matched items take their new text and kind
 * and keep tick, evidence, confidence and stories; new items are added; removed items
 * are kept as custom items if they carry progress now — a tick, evidence, confidence,
 * stories, a non-blank evidence draft or a stage probe link (checked again here, since
 * the preview may be stale) — and deleted otherwise (with their evidence drafts and stage
 * probes); custom items stay. Order follows the plan; items added since the preview go
 * last. The posting's sections are replaced, its text never changes; `role.progress` is
 * recounted, the re-parse logged, and the role recorded as handled with the current
 * parser (its "new requirements found" offer is answered). Does nothing if the role is gone.
 */
export async function applyReparse(
  db: ShortlistDb,
  roleId: string,
  plan: ReparsePlan,
  now: number = Date.now(),
): Promise<void> {
  const tables = [
    ...[db.roles, db.postings, db.requirements, db.stages, db.drafts, db.activities],
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    if (!(await db.postings.get(roleId))) return;
    const items = await db.requirements.where('roleId').equals(roleId).toArray();
    const linked = await linkedItemIds(db, roleId);
    const byId = new Map(items.map((item) => [item.id, item]));
    const planned = new Set<string>();
    const deleted = new Set<string>();
    const writes: Requirement[] = [];
    let order = 0;
    for (const row of plan.rows) {
      const item = row.requirementId === undefined ? undefined : byId.get(row.requirementId);
      if (row.status === 'new') {
        writes.push(newItem(roleId, row, order++, now));
        continue;
      }
      // An item deleted since the preview stays deleted.
      if (item === undefined) continue;
      planned.add(item.id);
      if (row.status === 'removed' && !hasProgress(item, linked)) {
        deleted.add(item.id);
        continue;
      }
      const next = updatedItem(item, row, order++, now);
      if (changed(item, next)) writes.push(next);
    }
    for (const item of items) {
      if (!planned.has(item.id) && item.order !== order) writes.push({ ...item, order });
      if (!planned.has(item.id)) order++;
    }
    await db.requirements.bulkPut(writes);
    await deleteItems(db, roleId, deleted);
    await db.postings.update(roleId, { sections: plan.sections });
    await recountProgress(db, roleId);
    await logActivity(db, { roleId, type: 'imported', summary: summaryLine(plan) }, now);
    await recordParserVersion(db, roleId);
  });
}

function newItem(roleId: string, row: ReparseRow, order: number, now: number): Requirement {
  const fields = { id: newId(), roleId, text: row.newText ?? '', kind: row.kind, order };
  return newRequirement({ ...fields, origin: 'posting' }, now);
}

/** Deletes items, their evidence drafts and their places in stages' probe lists. */
async function deleteItems(db: ShortlistDb, roleId: string, ids: ReadonlySet<string>) {
  if (ids.size === 0) return;
  await db.requirements.bulkDelete([...ids]);
  await db.drafts.bulkDelete([...ids].map(evidenceDraftKey));
  const stages = await db.stages.where('roleId').equals(roleId).toArray();
  for (const stage of stages) {
    const kept = stage.probeRequirementIds.filter((id) => !ids.has(id));
    if (kept.length !== stage.probeRequirementIds.length) {
      await db.stages.update(stage.id, { probeRequirementIds: kept });
    }
  }
}
