/**
 * The review step between a paste and a saved role: what the parser found, as an
 * immutable draft the user corrects. Every operation returns a new draft (or the same
 * one when it does not apply), so the UI can keep an undo history by keeping drafts.
 */
import {
  parsePosting,
  type ParsedRequirement,
  type ParsedSection,
  type RequirementKind,
} from '../parser';
import { MAX_POSTING_ITEMS } from '../domain/checklist-rules';
import type { RequirementOrigin } from '../domain/model';
import { sectionsAsTaken } from './review-kinds';

export { suggestedSplit } from './review-split';

/**
 * One checklist item being reviewed; `key` is stable across edits (a React key).
 *
 * `origin` and `originalText` are saved with the item so a later re-parse recognises
 * the user's review work: 'posting' items are matched against the parser's wording
 * (`originalText` when set, else `text`); 'custom' items (added by the user) are never
 * touched by a re-parse.
 */
export interface ReviewItem {
  key: string;
  text: string;
  kind: RequirementKind;
  origin: RequirementOrigin;
  /**
   * The parser's wording when `text` was edited, merged or split (posting items). A
   * custom item taken from the posting (a section switch, a possibility) holds its
   * posting wording here too, for the review step only: the save keeps it for posting
   * items alone.
   */
  originalText?: string;
  /** Index in {@link ReviewDraft.sections} of the section the item came from, when known. */
  sectionIndex?: number;
  /** Why it is on the checklist, for the applicant: the heading or cue words. */
  why?: string;
}

/** A sentence the parser was unsure of, offered for a one-click add. */
export interface PossibleItem {
  key: string;
  text: string;
  /** The kind the parser would give it. */
  kind: RequirementKind;
  why?: string;
  sectionIndex?: number;
  /** Dismissed by the applicant: listed apart, and counted as looked at. */
  dismissed: boolean;
}

/** Everything the review step shows and the save uses. */
export interface ReviewDraft {
  title: string;
  company: string;
  team: string;
  location: string;
  sourceUrl: string;
  /** The posting text exactly as it will be stored (the role's posting text). */
  text: string;
  /** From the parse; the applicant may change a section's kind (see `switchSection`). */
  sections: ParsedSection[];
  items: ReviewItem[];
  /**
   * How many items the parse found beyond {@link MAX_POSTING_ITEMS}, left out of the
   * checklist (they stay in the posting text); absent when none were.
   */
  leftOut?: number;
  /** Sentences that may be requirements, not yet in the checklist (none when absent). */
  possible?: PossibleItem[];
  /** The posting's wording of every item the applicant removed: they looked at it. */
  removed?: string[];
  /**
   * Items taken off the checklist when their section was switched away from
   * Requirements or Preferred, with the applicant's edits, so switching back restores them.
   */
  parked?: ReviewItem[];
}

const KEY_PREFIX = 'item-';

/**
 * A key no item of the draft has (parked ones included): one more than the highest
 * numbered key.
 */
export function nextItemKey(draft: Pick<ReviewDraft, 'items' | 'parked'>): string {
  let highest = -1;
  for (const item of [...draft.items, ...(draft.parked ?? [])]) {
    if (!item.key.startsWith(KEY_PREFIX)) continue;
    const n = Number(item.key.slice(KEY_PREFIX.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${KEY_PREFIX}${highest + 1}`;
}

/**
 * Parses posting text into a draft: metadata, sections and checklist as detected.
 *
 * @param text - The posting text (already converted from HTML; see `postingTextFrom`).
 */
export function reviewFromText(text: string): ReviewDraft {
  const parsed = parsePosting(text);
  const leftOut = Math.max(0, parsed.requirements.length - MAX_POSTING_ITEMS);
  const taken = parsed.requirements.slice(0, MAX_POSTING_ITEMS);
  return {
    ...(leftOut > 0 ? { leftOut } : {}),
    title: parsed.title,
    company: parsed.company,
    team: parsed.team,
    location: parsed.location,
    sourceUrl: parsed.sourceUrl,
    text,
    sections: sectionsAsTaken(parsed.sections, parsed.requirements),
    items: taken.map((item, index) => ({
      key: `${KEY_PREFIX}${index}`,
      text: item.text,
      kind: item.kind,
      origin: 'posting' as const,
      ...whereFrom(item),
    })),
    possible: parsed.possibleRequirements.slice(0, MAX_POSTING_ITEMS).map((item, index) => ({
      key: `possible-${index}`,
      text: item.text,
      kind: item.kind,
      ...whereFrom(item),
      dismissed: false,
    })),
    removed: [],
    parked: [],
  };
}

/** An item's `sectionIndex` and `why`, when it has them (kept by a merge). */
function origins(item: ReviewItem): Pick<ReviewItem, 'sectionIndex' | 'why'> {
  return {
    ...(item.sectionIndex === undefined ? {} : { sectionIndex: item.sectionIndex }),
    ...(item.why === undefined ? {} : { why: item.why }),
  };
}

/** The parser's `sectionIndex` and `why` of an item, when it gave them. */
function whereFrom(item: ParsedRequirement): Pick<ReviewItem, 'sectionIndex' | 'why'> {
  return {
    ...(item.sectionIndex === undefined ? {} : { sectionIndex: item.sectionIndex }),
    ...(item.why === undefined || item.why === '' ? {} : { why: item.why }),
  };
}

/** Applies `change` to the item with `key`; the same draft if there is none. */
function updateItem(
  draft: ReviewDraft,
  key: string,
  change: (item: ReviewItem) => ReviewItem,
): ReviewDraft {
  const index = draft.items.findIndex((item) => item.key === key);
  const item = draft.items[index];
  if (item === undefined) return draft;
  const items = draft.items.slice();
  items[index] = change(item);
  return { ...draft, items };
}

/** Makes an item required or preferred. */
export function setItemKind(draft: ReviewDraft, key: string, kind: RequirementKind): ReviewDraft {
  return updateItem(draft, key, (item) => ({ ...item, kind }));
}

/**
 * Replaces an item's text as typed (not trimmed, so typing a space works; the save
 * trims, and {@link validateDraft} reports items left empty).
 */
export function editItem(draft: ReviewDraft, key: string, text: string): ReviewDraft {
  return updateItem(draft, key, (item) => ({ ...item, text, ...parserWording(item) }));
}

/**
 * `{ originalText }` holding the parser's wording of a posting item (recorded before its
 * first change), or nothing for a custom item.
 */
function parserWording(item: ReviewItem): { originalText?: string } {
  return item.origin === 'posting' ? { originalText: item.originalText ?? item.text } : {};
}

/**
 * Removes an item, recording its posting wording in `removed` (the applicant looked at
 * that sentence and left it out; see `reviewCoverage`).
 */
export function removeItem(draft: ReviewDraft, key: string): ReviewDraft {
  const item = draft.items.find((entry) => entry.key === key);
  if (item === undefined) return draft;
  const removed = [...(draft.removed ?? []), item.originalText ?? item.text];
  return { ...withoutItem(draft, key), removed };
}

/** The draft without the item with `key`. */
function withoutItem(draft: ReviewDraft, key: string): ReviewDraft {
  return { ...draft, items: draft.items.filter((item) => item.key !== key) };
}

/**
 * Adds an item at the end, text trimmed. An empty text is allowed (the UI may add a
 * blank row to type into); {@link validateDraft} reports it if it stays empty.
 */
export function addItem(draft: ReviewDraft, text: string, kind: RequirementKind): ReviewDraft {
  return {
    ...draft,
    items: [...draft.items, { key: nextItemKey(draft), text: text.trim(), kind, origin: 'custom' }],
  };
}

/**
 * How two merged texts join: with a space when the first ends in punctuation or the
 * second continues it (starts lower-case: a line wrapped mid-sentence), else with `'; '`
 * so two separate statements stay readable as one item.
 */
export function joinItemTexts(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (a === '') return b;
  if (b === '') return a;
  const continues = /[.!?;:,]$/.test(a) || /^[\p{Ll}\d(]/u.test(b);
  return `${a}${continues ? ' ' : '; '}${b}`;
}

/**
 * Merges the second item into the first (text joined by {@link joinItemTexts}, the
 * first's kind and place kept) and removes the second. Unchanged when either key is
 * missing or both are the same.
 *
 * The merged item is a posting item when either part was, with `originalText` the
 * parser's wordings of the posting parts joined the same way: a re-parse that finds
 * those parts again as consecutive items matches them all to the merged item (see
 * `planReparse`), so the merge is neither undone nor the second part re-added. Two
 * custom items taken from the posting join their posting wordings the same way.
 */
export function mergeItems(draft: ReviewDraft, firstKey: string, secondKey: string): ReviewDraft {
  if (firstKey === secondKey) return draft;
  const second = draft.items.find((item) => item.key === secondKey);
  if (second === undefined || !draft.items.some((item) => item.key === firstKey)) return draft;
  const merged = updateItem(draft, firstKey, (item) => {
    const text = joinItemTexts(item.text, second.text);
    const posting = item.origin === 'posting' || second.origin === 'posting';
    const originals = [item, second].flatMap((part) => {
      if (posting) return part.origin === 'posting' ? [part.originalText ?? part.text] : [];
      return part.originalText === undefined ? [] : [part.originalText];
    });
    const [head, tail] = originals;
    const merged: ReviewItem = {
      key: item.key,
      text,
      kind: item.kind,
      ...origins(item),
      origin: posting ? 'posting' : 'custom',
    };
    if (head === undefined) return merged;
    return { ...merged, originalText: tail === undefined ? head : joinItemTexts(head, tail) };
  });
  return withoutItem(merged, secondKey);
}

/**
 * Splits an item's text at character index `at` into two items of the same kind, the
 * second right after the first. Both halves are trimmed and must be non-empty, else the
 * draft is returned unchanged.
 *
 * The first half keeps the item's origin and, for a posting item, the parser's wording
 * of the whole item as `originalText`; the second half is a custom item. A re-parse
 * then matches the parser's item to the first half (keeping its text) and leaves the
 * second alone, so the split is neither undone nor the whole item re-added.
 */
export function splitItem(draft: ReviewDraft, key: string, at: number): ReviewDraft {
  const index = draft.items.findIndex((item) => item.key === key);
  const item = draft.items[index];
  if (item === undefined || !Number.isInteger(at)) return draft;
  const head = item.text.slice(0, at).trim();
  const tail = item.text.slice(at).trim();
  if (at <= 0 || head === '' || tail === '') return draft;
  const items = draft.items.slice();
  items.splice(
    index,
    1,
    { ...item, text: head, ...parserWording(item) },
    { key: nextItemKey(draft), text: tail, kind: item.kind, origin: 'custom', ...origins(item) },
  );
  return { ...draft, items };
}
