/**
 * Evidence and confidence on checklist items. Evidence being typed is kept as a draft
 * (key `evidence:<requirementId>`) until saved, so a crash or reload cannot lose it.
 */
import type { Requirement } from '../../../shared/domain/model';
import {
  confidenceSchema,
  evidenceDraftKey,
  evidenceDraftSchema,
  evidenceSchema,
  requirementIdOfDraftKey,
} from '../../../shared/domain/checklist-rules';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';
import { firstIssue, GONE } from './checklist-results';

/** Saves an item's evidence (Markdown), and drops its draft if the draft says the same. */
export async function setEvidence(
  db: ShortlistDb,
  requirementId: string,
  evidence: unknown,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  const parsed = evidenceSchema.safeParse(evidence);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const text = parsed.data;
  return db.transaction('rw', [db.requirements, db.drafts], async () => {
    const current = await db.requirements.get(requirementId);
    if (!current) return fail<Requirement>(GONE);
    const key = evidenceDraftKey(requirementId);
    const draft = await db.drafts.get(key);
    // A newer draft (typing went on while this save was queued) must survive it.
    if (draft && evidenceDraftSchema.safeParse(draft.value).data?.evidence === text) {
      await db.drafts.delete(key);
    }
    if (current.evidence === text) return ok(current);
    const next: Requirement = { ...current, evidence: text, updatedAt: now };
    await db.requirements.put(next);
    return ok(next);
  });
}

/** Keeps the evidence being typed, so a crash or reload cannot lose it. */
export async function saveEvidenceDraft(
  db: ShortlistDb,
  item: Pick<Requirement, 'id' | 'roleId'>,
  evidence: string,
  now: number = Date.now(),
): Promise<void> {
  await db.drafts.put({
    key: evidenceDraftKey(item.id),
    roleId: item.roleId,
    value: { evidence },
    updatedAt: now,
  });
}

/**
 * Writes every evidence draft of a role into its item and drops the drafts: text that
 * was typed but not saved when the app last closed. Returns the items it changed.
 */
export async function recoverEvidenceDrafts(
  db: ShortlistDb,
  roleId: string,
  now: number = Date.now(),
): Promise<Requirement[]> {
  return db.transaction('rw', [db.requirements, db.drafts], async () => {
    const drafts = await db.drafts.where('roleId').equals(roleId).toArray();
    const recovered: Requirement[] = [];
    for (const draft of drafts) {
      const requirementId = requirementIdOfDraftKey(draft.key);
      if (requirementId === undefined) continue;
      await db.drafts.delete(draft.key);
      const value = evidenceDraftSchema.safeParse(draft.value);
      const evidence = evidenceSchema.safeParse(value.data?.evidence);
      const current = await db.requirements.get(requirementId);
      if (!current || !evidence.success || current.evidence === evidence.data) continue;
      const next: Requirement = { ...current, evidence: evidence.data, updatedAt: now };
      await db.requirements.put(next);
      recovered.push(next);
    }
    return recovered;
  });
}

/** Sets (1 low, 2 medium, 3 high) or clears (null) how sure the applicant feels. */
export async function setConfidence(
  db: ShortlistDb,
  requirementId: string,
  confidence: unknown,
  now: number = Date.now(),
): Promise<Result<Requirement>> {
  const parsed = confidenceSchema.safeParse(confidence);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const level = parsed.data;
  return db.transaction('rw', [db.requirements], async () => {
    const current = await db.requirements.get(requirementId);
    if (!current) return fail<Requirement>(GONE);
    if ((current.confidence ?? null) === level) return ok(current);
    const next: Requirement = { ...current, updatedAt: now };
    if (level === null) delete next.confidence;
    else next.confidence = level;
    await db.requirements.put(next);
    return ok(next);
  });
}
