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
import { draftSizeProblem } from '../../../shared/domain/field-limits';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';
import { firstIssue, GONE } from './checklist-results';
import { isStaleText, textConflict, type TextConflict } from './text-revision';

/**
 * Saves an item's evidence (Markdown), and drops its draft if the draft says the same.
 * With `base` (the stored evidence the edit started from), evidence changed since in
 * another window is a conflict: nothing is written and the draft stays.
 */
export async function setEvidence(
  db: ShortlistDb,
  requirementId: string,
  evidence: unknown,
  now: number = Date.now(),
  base?: string,
): Promise<Result<Requirement> | TextConflict<Requirement>> {
  const parsed = evidenceSchema.safeParse(evidence);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const text = parsed.data;
  return db.transaction('rw', [db.requirements, db.drafts], async () => {
    const current = await db.requirements.get(requirementId);
    if (!current) return fail<Requirement>(GONE);
    if (isStaleText(current.evidence, base, text)) return textConflict(current);
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

/**
 * Keeps the evidence being typed, so a crash or reload cannot lose it — also text over
 * the evidence limit, while the user shortens it. A draft over the drafts' own size limit
 * is refused (nothing written) with a message to show.
 */
export async function saveEvidenceDraft(
  db: ShortlistDb,
  item: Pick<Requirement, 'id' | 'roleId'>,
  evidence: string,
  now: number = Date.now(),
): Promise<Result<void>> {
  const value = { evidence };
  const tooLarge = draftSizeProblem(value);
  if (tooLarge) return fail(tooLarge);
  await db.drafts.put({
    key: evidenceDraftKey(item.id),
    roleId: item.roleId,
    value,
    updatedAt: now,
  });
  return ok(undefined);
}

/** The evidence draft of an item, or undefined when there is none or it is unreadable. */
export async function loadEvidenceDraft(
  db: ShortlistDb,
  requirementId: string,
): Promise<string | undefined> {
  const draft = await db.drafts.get(evidenceDraftKey(requirementId));
  return evidenceDraftSchema.safeParse(draft?.value).data?.evidence;
}

/**
 * Writes every evidence draft of a role into its item and drops the drafts: text that
 * was typed but not saved when the app last closed. A draft over the evidence limit stays,
 * for its editor to show. Returns the items it changed.
 */
export async function recoverEvidenceDrafts(
  db: ShortlistDb,
  roleId: string,
  now: number = Date.now(),
): Promise<Requirement[]> {
  // Runs each time a checklist opens: with no drafts it only reads (no write transaction).
  if ((await db.drafts.where('roleId').equals(roleId).count()) === 0) return [];
  return db.transaction('rw', [db.requirements, db.drafts], async () => {
    const drafts = await db.drafts.where('roleId').equals(roleId).toArray();
    const recovered: Requirement[] = [];
    for (const draft of drafts) {
      const requirementId = requirementIdOfDraftKey(draft.key);
      if (requirementId === undefined) continue;
      const value = evidenceDraftSchema.safeParse(draft.value);
      const evidence = evidenceSchema.safeParse(value.data?.evidence);
      // Text over the limit stays a draft: its editor shows it, to be shortened.
      if (value.success && !evidence.success) continue;
      await db.drafts.delete(draft.key);
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
