/**
 * Sentences the parser was unsure of ("Possibly a requirement"): one click adds one to
 * the checklist, or dismisses it; a dismissed one can be brought back.
 */
import type { RequirementKind } from '../parser';
import { nextItemKey, type PossibleItem, type ReviewDraft, type ReviewItem } from './review';

/** The possibilities still waiting for the applicant, in posting order. */
export function openPossibilities(draft: ReviewDraft): PossibleItem[] {
  return (draft.possible ?? []).filter((item) => !item.dismissed);
}

/** The possibilities the applicant dismissed. */
export function dismissedPossibilities(draft: ReviewDraft): PossibleItem[] {
  return (draft.possible ?? []).filter((item) => item.dismissed);
}

/**
 * Adds the possibility with `key` to the checklist as `kind`, after the last item of its
 * section (else at the end), and takes it off the list. The item is custom: the parser
 * did not take it, so a later re-parse must leave it alone. The same draft if the key
 * is unknown.
 */
export function addPossible(draft: ReviewDraft, key: string, kind: RequirementKind): ReviewDraft {
  const possible = draft.possible ?? [];
  const entry = possible.find((item) => item.key === key);
  if (entry === undefined) return draft;
  const item: ReviewItem = {
    key: nextItemKey(draft),
    text: entry.text,
    kind,
    origin: 'custom',
    originalText: entry.text,
  };
  if (entry.sectionIndex !== undefined) item.sectionIndex = entry.sectionIndex;
  if (entry.why !== undefined) item.why = entry.why;
  const index = entry.sectionIndex;
  const later =
    index === undefined
      ? -1
      : draft.items.findIndex(
          (other) => other.sectionIndex !== undefined && other.sectionIndex > index,
        );
  const at = later === -1 ? draft.items.length : later;
  return {
    ...draft,
    items: [...draft.items.slice(0, at), item, ...draft.items.slice(at)],
    possible: possible.filter((other) => other.key !== key),
  };
}

/** Marks a possibility dismissed (or, with `dismissed` false, brings it back). */
export function dismissPossible(draft: ReviewDraft, key: string, dismissed = true): ReviewDraft {
  const possible = draft.possible ?? [];
  const index = possible.findIndex((item) => item.key === key);
  const entry = possible[index];
  if (entry === undefined || entry.dismissed === dismissed) return draft;
  const next = possible.slice();
  next[index] = { ...entry, dismissed };
  return { ...draft, possible: next };
}
