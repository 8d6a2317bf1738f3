/**
 * The review step between a paste and a saved role: what the parser found, as an
 * immutable draft the user corrects. Every operation returns a new draft (or the same
 * one when it does not apply), so the UI can keep an undo history by keeping drafts.
 */
import { parsePosting, type ParsedSection, type RequirementKind } from '../parser';
import { parseExternalUrl } from '../security/external-links';
import { splitGluedItems } from '../parser';
import { REQUIREMENT_TEXT_MAX } from '../domain/checklist-rules';
import type { RequirementOrigin } from '../domain/model';
import { ROLE_FIELD_LIMITS, ROLE_FIELD_LABELS, type RoleField } from '../domain/role-limits';

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
  /** The parser's wording when `text` was edited, merged or split (posting items only). */
  originalText?: string;
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
  /** From the parse, shown read-only. */
  sections: ParsedSection[];
  items: ReviewItem[];
}

const KEY_PREFIX = 'item-';

/** A key no item of the draft has: one more than the highest numbered key. */
function nextKey(items: readonly ReviewItem[]): string {
  let highest = -1;
  for (const item of items) {
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
  return {
    title: parsed.title,
    company: parsed.company,
    team: '',
    location: parsed.location,
    sourceUrl: parsed.sourceUrl,
    text,
    sections: parsed.sections,
    items: parsed.requirements.map((item, index) => ({
      key: `${KEY_PREFIX}${index}`,
      text: item.text,
      kind: item.kind,
      origin: 'posting' as const,
    })),
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

/** Removes an item. */
export function removeItem(draft: ReviewDraft, key: string): ReviewDraft {
  if (!draft.items.some((item) => item.key === key)) return draft;
  return { ...draft, items: draft.items.filter((item) => item.key !== key) };
}

/**
 * Adds an item at the end, text trimmed. An empty text is allowed (the UI may add a
 * blank row to type into); {@link validateDraft} reports it if it stays empty.
 */
export function addItem(draft: ReviewDraft, text: string, kind: RequirementKind): ReviewDraft {
  return {
    ...draft,
    items: [
      ...draft.items,
      { key: nextKey(draft.items), text: text.trim(), kind, origin: 'custom' },
    ],
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
 * `planReparse`), so the merge is neither undone nor the second part re-added.
 */
export function mergeItems(draft: ReviewDraft, firstKey: string, secondKey: string): ReviewDraft {
  if (firstKey === secondKey) return draft;
  const second = draft.items.find((item) => item.key === secondKey);
  if (second === undefined || !draft.items.some((item) => item.key === firstKey)) return draft;
  const merged = updateItem(draft, firstKey, (item) => {
    const text = joinItemTexts(item.text, second.text);
    const originals = [item, second].flatMap((part) =>
      part.origin === 'posting' ? [part.originalText ?? part.text] : [],
    );
    const [head, tail] = originals;
    if (head === undefined) return { key: item.key, text, kind: item.kind, origin: 'custom' };
    const originalText = tail === undefined ? head : joinItemTexts(head, tail);
    return { key: item.key, text, kind: item.kind, origin: 'posting', originalText };
  });
  return removeItem(merged, secondKey);
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
    { key: nextKey(items), text: tail, kind: item.kind, origin: 'custom' },
  );
  return { ...draft, items };
}

/**
 * A good place to split an item: the first glued boundary the parser recognises
 * ("…portfolioOrganize…", "…tools.Proven…"), else the sentence end nearest the middle
 * ("…Python. Experience with…"). Returns the index where the second part starts, or
 * null when there is no such place.
 */
export function suggestedSplit(text: string): number | null {
  const pieces = splitGluedItems(text);
  const first = pieces[0];
  if (pieces.length > 1 && first !== undefined) {
    const second = pieces[1] ?? '';
    const at = text.indexOf(second, text.indexOf(first) + first.length);
    if (at > 0) return at;
  }
  let best: number | null = null;
  const middle = text.length / 2;
  for (const match of text.matchAll(/[.!?;]\s+(?=[\p{Lu}\d])/gu)) {
    const at = match.index + match[0].length;
    if (text.slice(at).trim() === '') continue;
    if (best === null || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  return best;
}

/**
 * What stops the draft from being saved, as messages for the user (empty when it can
 * be saved): an empty posting, checklist items left empty or longer than the checklist
 * allows, a title, company, team, location or source URL longer than
 * `ROLE_FIELD_LIMITS` allows, a source URL that is not a web address.
 */
export function validateDraft(draft: ReviewDraft): string[] {
  const messages: string[] = [];
  if (draft.text.trim() === '')
    messages.push('The posting text is empty. Paste or open a posting first.');
  const empty = draft.items.flatMap((item, index) => (item.text.trim() === '' ? [index + 1] : []));
  if (empty.length === 1) {
    messages.push(`Checklist item ${empty.join('')} has no text: type it or remove it.`);
  } else if (empty.length > 1) {
    messages.push(`Checklist items ${empty.join(', ')} have no text: type them or remove them.`);
  }
  const long = draft.items.flatMap((item, index) =>
    item.text.trim().length > REQUIREMENT_TEXT_MAX ? [index + 1] : [],
  );
  if (long.length > 0) {
    messages.push(
      `Checklist ${long.length === 1 ? 'item' : 'items'} ${long.join(', ')} ${long.length === 1 ? 'is' : 'are'} longer than ${REQUIREMENT_TEXT_MAX} characters: split or shorten ${long.length === 1 ? 'it' : 'them'}.`,
    );
  }
  for (const field of Object.keys(ROLE_FIELD_LIMITS) as RoleField[]) {
    const max = ROLE_FIELD_LIMITS[field];
    if (draft[field].trim().length > max) {
      messages.push(
        `The ${ROLE_FIELD_LABELS[field]} is longer than ${max.toLocaleString('en')} characters: shorten it.`,
      );
    }
  }
  const url = draft.sourceUrl.trim();
  if (url !== '' && parseExternalUrl(url) === null) {
    messages.push('The source URL must be a web address starting with http:// or https://.');
  }
  return messages;
}
