/**
 * Pure rules of the requirement checklist: what an item may contain, how items are
 * ordered and reordered, which stage is "next", and what each filter shows.
 */
import { z } from 'zod';
import { assertNever } from '../assert-never';
import { FIELD_LIMITS } from './field-limits';
import type { InterviewStage, Requirement } from './model';

/** Longest item wording (see {@link FIELD_LIMITS}). */
export const REQUIREMENT_TEXT_MAX = FIELD_LIMITS.requirementText.max;

/**
 * The most checklist items one posting may give a role. A pasted log file or a whole
 * careers page parsed as a posting would otherwise flood the role with thousands of
 * items; the posting text itself is always kept whole.
 */
export const MAX_POSTING_ITEMS = 300;
/** Longest evidence text (see {@link FIELD_LIMITS}). */
export const EVIDENCE_MAX = FIELD_LIMITS.evidence.max;

export const CONFIDENCE_LEVELS = [1, 2, 3] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** How each confidence level reads in the interface. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  1: 'Low',
  2: 'Medium',
  3: 'High',
};

const requirementText = z
  .string()
  .trim()
  .min(1, 'An item needs some text.')
  .max(REQUIREMENT_TEXT_MAX, `An item can be at most ${REQUIREMENT_TEXT_MAX} characters.`);

const requirementKind = z.enum(['required', 'preferred'], {
  error: 'The kind must be required or preferred.',
});

/** A new custom item as the add form submits it. */
export const newRequirementSchema = z.strictObject({
  text: requirementText,
  kind: requirementKind,
});
export type NewRequirement = z.infer<typeof newRequirementSchema>;

/** The fields of an item the applicant may edit in one go. */
export const requirementPatchSchema = z.strictObject({
  text: requirementText.optional(),
  kind: requirementKind.optional(),
});
export type RequirementPatch = z.infer<typeof requirementPatchSchema>;

/** Evidence is Markdown of bounded size. */
export const evidenceSchema = z
  .string()
  .max(EVIDENCE_MAX, `Evidence can be at most ${EVIDENCE_MAX.toLocaleString('en')} characters.`);

/** A confidence level, or null to clear it. */
export const confidenceSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.null()], {
  error: 'Confidence must be 1, 2, 3 or cleared.',
});

/** What an evidence draft stores in `Draft.value`. */
export const evidenceDraftSchema = z.object({ evidence: z.string() });

const EVIDENCE_DRAFT_PREFIX = 'evidence:';

/** The drafts-table key of the evidence being typed for one item. */
export function evidenceDraftKey(requirementId: string): string {
  return `${EVIDENCE_DRAFT_PREFIX}${requirementId}`;
}

/** The item id of an evidence draft key, or undefined for any other draft. */
export function requirementIdOfDraftKey(key: string): string | undefined {
  return key.startsWith(EVIDENCE_DRAFT_PREFIX)
    ? key.slice(EVIDENCE_DRAFT_PREFIX.length) || undefined
    : undefined;
}

/**
 * Moves one id by `delta` places (-1 up, +1 down). Returns null when the id is absent
 * or would leave the list, so callers can disable the control instead of guessing.
 */
export function shiftId(ids: readonly string[], id: string, delta: number): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || delta === 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * Puts a reordered subset (say, the required items) back into the full order: the
 * subset's ids take the places its members held, in their new order, and every other
 * id stays where it was. Returns null if the subset names an id twice or one that is
 * not in the list, so a stale drag can change nothing.
 */
export function mergeOrder(allIds: readonly string[], subset: readonly string[]): string[] | null {
  const members = new Set(subset);
  if (members.size !== subset.length) return null;
  for (const id of subset) if (!allIds.includes(id)) return null;
  let next = 0;
  return allIds.map((id) => {
    if (!members.has(id)) return id;
    const replacement = subset[next++];
    // Unreachable: the subset has exactly as many ids as there are member places.
    if (replacement === undefined) throw new Error('mergeOrder: subset shorter than places');
    return replacement;
  });
}

/**
 * Ids sorted by `order`, where `firstOnTie` wins a tie: an item put back by Undo takes
 * its old place ahead of whichever item has since been numbered into it.
 */
export function sortByOrder(
  items: readonly { id: string; order: number }[],
  firstOnTie?: string,
): string[] {
  return [...items]
    .sort((a, b) => {
      if (a.order !== b.order) return a.order - b.order;
      if (a.id === firstOnTie) return -1;
      if (b.id === firstOnTie) return 1;
      return 0;
    })
    .map((item) => item.id);
}

type StageLike = Pick<InterviewStage, 'order' | 'status' | 'scheduledAt'>;

/**
 * The next stage of an application: among the stages still to come (planned or
 * scheduled), the one with the earliest date; if none has a date, the first by order.
 */
export function pickNextStage<T extends StageLike>(stages: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const stage of stages) {
    if (stage.status !== 'planned' && stage.status !== 'scheduled') continue;
    if (!best || comesBefore(stage, best)) best = stage;
  }
  return best;
}

function comesBefore(a: StageLike, b: StageLike): boolean {
  const aDated = a.scheduledAt !== undefined;
  const bDated = b.scheduledAt !== undefined;
  if (aDated !== bDated) return aDated;
  if (a.scheduledAt !== undefined && b.scheduledAt !== undefined && a.scheduledAt !== b.scheduledAt)
    return a.scheduledAt < b.scheduledAt;
  return a.order < b.order;
}

export const CHECKLIST_FILTERS = ['all', 'unticked-required', 'next-stage'] as const;
export type ChecklistFilter = (typeof CHECKLIST_FILTERS)[number];

/** How each filter is named in the interface. */
export const CHECKLIST_FILTER_LABELS: Record<ChecklistFilter, string> = {
  all: 'All items',
  'unticked-required': 'Unticked required',
  'next-stage': 'Probed by the next stage',
};

/**
 * Whether an item shows under a filter. `probed` holds the ids the next stage probes
 * (empty when no stage is planned, so that filter then shows nothing).
 */
export function matchesFilter(
  item: Pick<Requirement, 'id' | 'kind' | 'checked'>,
  filter: ChecklistFilter,
  probed: ReadonlySet<string>,
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unticked-required':
      return item.kind === 'required' && item.checked === 0;
    case 'next-stage':
      return probed.has(item.id);
    default:
      return assertNever(filter, 'checklist filter');
  }
}

/** What identifies a new checklist item; everything else starts blank. */
export type NewRequirementFields = Pick<
  Requirement,
  'id' | 'roleId' | 'text' | 'kind' | 'origin' | 'order'
>;

/** A new checklist item: unticked, no evidence, no stories. */
export function newRequirement(fields: NewRequirementFields, now: number): Requirement {
  return { ...fields, checked: 0, evidence: '', storyIds: [], createdAt: now, updatedAt: now };
}
