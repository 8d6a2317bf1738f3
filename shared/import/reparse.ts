/**
 * Re-parsing a role's posting (after the parser improved, or to undo a messy import)
 * without losing the applicant's work: each current posting item is matched to an item
 * of the new parse, and ticks, evidence, confidence and stories stay with the match.
 *
 * Matching: first items whose normalised posting wording is identical ("unchanged"),
 * then the most similar remaining pairs with {@link itemSimilarity} ≥
 * {@link REWORD_SIMILARITY} ("reworded"), greedily best first. Parse items left over
 * are "new"; current items left over are "removed" — kept as custom items when they
 * carry progress, deleted otherwise. Custom items are never touched.
 */
import { MAX_POSTING_ITEMS } from '../domain/checklist-rules';
import { parsePosting, type ParsedSection, type RequirementKind } from '../parser';
import type { Requirement } from '../domain/model';
import { joinItemTexts } from './review';

/** One line of the re-parse preview, in the checklist's new order. */
export interface ReparseRow {
  status: 'unchanged' | 'reworded' | 'new' | 'removed' | 'custom';
  /** The existing item (every status but 'new'). */
  requirementId?: string;
  /** The item's current text (not for 'new'). */
  oldText?: string;
  /** The text after the re-parse (not for 'removed'); the user's own wording if edited. */
  newText?: string;
  /** The kind after the re-parse. */
  kind: RequirementKind;
  /** The current kind, when the re-parse changes it. */
  oldKind?: RequirementKind;
  /**
   * Tick, evidence, confidence and stories are carried over. For 'removed' rows: the
   * item has progress, so it is kept as a custom item instead of being deleted.
   */
  keepsProgress: boolean;
  /** The posting's new wording, stored as `originalText` when the user's text is kept. */
  postingText?: string;
  /** For 'new' rows: why the parser took the item (its heading or cue words). */
  why?: string;
}

/** The preview and the plan that `applyReparse` carries out. */
export interface ReparsePlan {
  rows: ReparseRow[];
  /** The new parse's sections, to replace the posting's. */
  sections: ParsedSection[];
}

/** Items at least this similar are the same requirement, reworded. */
export const REWORD_SIMILARITY = 0.8;

/** Lowercase letters and digits separated by single spaces: wording without formatting. */
export function normalizeItemText(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Character trigrams (with a leading and trailing space) of normalised text, counted. */
function trigrams(text: string): Map<string, number> {
  const padded = ` ${normalizeItemText(text)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * How alike two checklist items are, 0..1: the Dice coefficient of their character
 * trigrams. Suited to short texts, where a changed word or punctuation moves it a little
 * ("5+ years" → "6+ years") and a different subject moves it a lot. Linear in length.
 */
export function itemSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let sizeX = 0;
  let sizeY = 0;
  let shared = 0;
  for (const count of x.values()) sizeX += count;
  for (const count of y.values()) sizeY += count;
  for (const [gram, count] of x) shared += Math.min(count, y.get(gram) ?? 0);
  return sizeX + sizeY === 0 ? 0 : (2 * shared) / (sizeX + sizeY);
}

/**
 * Whether the applicant has put work into an item that a delete would lose: a tick,
 * evidence, confidence or stories on the item, or work kept elsewhere — pass the ids of
 * items with an evidence draft being typed or linked to an interview stage as `linked`.
 */
export function hasProgress(item: Requirement, linked?: ReadonlySet<string>): boolean {
  return (
    linked?.has(item.id) === true ||
    item.checked === 1 ||
    item.evidence.trim() !== '' ||
    item.confidence !== undefined ||
    item.storyIds.length > 0
  );
}

/** The posting's wording of an item: `originalText` when the applicant edited `text`. */
function postingWording(item: Requirement): string {
  return item.originalText ?? item.text;
}

/** Whether the applicant changed the posting's wording of an item. */
function userEdited(item: Requirement): boolean {
  return item.originalText !== undefined && item.originalText !== item.text;
}

/** The row for a current item matched to a parsed item. */
function matchedRow(
  status: 'unchanged' | 'reworded',
  item: Requirement,
  parsed: { text: string; kind: RequirementKind },
): ReparseRow {
  const row: ReparseRow = {
    status,
    requirementId: item.id,
    oldText: item.text,
    newText: userEdited(item) ? item.text : parsed.text,
    kind: parsed.kind,
    keepsProgress: true,
  };
  // The posting's wording is recorded whenever the item had one, so it never goes stale
  // (an item whose wording was restored takes the new wording as its original too).
  if (item.originalText !== undefined) row.postingText = parsed.text;
  if (item.kind !== parsed.kind) row.oldKind = item.kind;
  return row;
}

/** Normalised wording without spaces: how merged pieces compare with the whole. */
function compact(text: string): string {
  return normalizeItemText(text).replaceAll(' ', '');
}

/** Whether a parsed entry is a later part of a merged item's run (it has no row). */
function covered(runs: ReadonlyMap<number, number[]>, index: number): boolean {
  for (const [first, run] of runs) if (first !== index && run.includes(index)) return true;
  return false;
}

/**
 * Matches posting items merged in the review step (their `originalText` is the parser's
 * wordings of the parts, joined) to the run of unmatched parsed items they were made of:
 * the run's first entry is matched, the others are `covered` (no row of their own).
 */
function matchMerged(
  posting: readonly Requirement[],
  parsed: readonly { text: string }[],
  matches: (Requirement | undefined)[],
  used: Set<string>,
  runs: Map<number, number[]>,
): void {
  const open = parsed.flatMap((entry, index) =>
    matches[index] === undefined ? [{ index, wording: compact(entry.text) }] : [],
  );
  for (const item of posting) {
    if (used.has(item.id) || item.originalText === undefined) continue;
    const whole = compact(item.originalText);
    for (let start = 0; start < open.length; start++) {
      let joined = '';
      let end = start;
      while (end < open.length && whole.startsWith(joined + (open[end]?.wording ?? ''))) {
        joined += open[end]?.wording ?? '';
        end++;
        if (joined === whole) break;
      }
      if (joined !== whole || end - start < 2) continue;
      const run = open.splice(start, end - start).map((entry) => entry.index);
      const first = run[0] ?? 0;
      matches[first] = item;
      used.add(item.id);
      runs.set(first, run);
      break;
    }
  }
}

/**
 * Pairs parsed items with current posting items: exact wording first, then items merged
 * in the review step, then similar wording.
 */
function matchItems(
  posting: readonly Requirement[],
  parsed: readonly { text: string; kind: RequirementKind }[],
  linked: ReadonlySet<string> | undefined,
): { matches: (Requirement | undefined)[]; exact: boolean[]; runs: Map<number, number[]> } {
  const matches: (Requirement | undefined)[] = parsed.map(() => undefined);
  const exact = parsed.map(() => false);
  const used = new Set<string>();
  const byText = new Map<string, Requirement[]>();
  // When the checklist repeats an item, the copy with the applicant's work matches first.
  const progressFirst = [...posting].sort(
    (a, b) => Number(hasProgress(b, linked)) - Number(hasProgress(a, linked)),
  );
  for (const item of progressFirst) {
    const key = normalizeItemText(postingWording(item));
    byText.set(key, [...(byText.get(key) ?? []), item]);
  }
  parsed.forEach((entry, index) => {
    const found = byText.get(normalizeItemText(entry.text))?.shift();
    if (found === undefined) return;
    matches[index] = found;
    exact[index] = true;
    used.add(found.id);
  });
  const runs = new Map<number, number[]>();
  matchMerged(posting, parsed, matches, used, runs);
  // Items per role are few (tens), so all pairs are affordable; best pairs win first.
  const pairs: { index: number; item: Requirement; score: number }[] = [];
  parsed.forEach((entry, index) => {
    if (matches[index] !== undefined || covered(runs, index)) return;
    for (const item of posting) {
      if (used.has(item.id)) continue;
      const score = itemSimilarity(postingWording(item), entry.text);
      if (score >= REWORD_SIMILARITY) pairs.push({ index, item, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  for (const pair of pairs) {
    if (matches[pair.index] !== undefined || used.has(pair.item.id)) continue;
    matches[pair.index] = pair.item;
    used.add(pair.item.id);
  }
  return { matches, exact, runs };
}

/**
 * Plans a re-parse of a role's posting against its current checklist. Rows follow the
 * new parse's order, then the items that end up custom (existing custom items and
 * removed items that carry progress, which are kept as custom), in their current order;
 * removed items without progress (deleted) are listed among them so the preview shows
 * them. A reworded or unchanged item keeps the applicant's own text when they edited it
 * (its `originalText` differs from `text`); otherwise it takes the new wording.
 *
 * @param current - The role's requirements (any order).
 * @param postingText - The role's stored posting text.
 */
export function planReparse(
  current: readonly Requirement[],
  postingText: string,
  linked?: ReadonlySet<string>,
): ReparsePlan {
  const parsed = parsePosting(postingText);
  // The same cap as a new role's: a re-parse never floods the checklist either.
  const entries = parsed.requirements.slice(0, MAX_POSTING_ITEMS);
  const ordered = [...current].sort((a, b) => a.order - b.order);
  const posting = ordered.filter((item) => item.origin === 'posting');
  const { matches, exact, runs } = matchItems(posting, entries, linked);
  const rows: ReparseRow[] = entries.flatMap((entry, index): ReparseRow[] => {
    if (covered(runs, index)) return [];
    const item = matches[index];
    if (item === undefined) {
      const row: ReparseRow = {
        status: 'new',
        newText: entry.text,
        kind: entry.kind,
        keepsProgress: false,
      };
      return [entry.why ? { ...row, why: entry.why } : row];
    }
    const run = runs.get(index);
    if (run !== undefined) {
      // A merged item: its parts' new wordings, joined as the merge joined them.
      const text = run
        .map((part) => entries[part]?.text ?? '')
        .reduce((a, b) => joinItemTexts(a, b));
      return [matchedRow('unchanged', item, { text, kind: entry.kind })];
    }
    return [matchedRow(exact[index] === true ? 'unchanged' : 'reworded', item, entry)];
  });
  const matched = new Set(matches.flatMap((item) => (item ? [item.id] : [])));
  for (const item of ordered) {
    if (matched.has(item.id)) continue;
    const custom = item.origin === 'custom';
    rows.push({
      status: custom ? 'custom' : 'removed',
      requirementId: item.id,
      oldText: item.text,
      ...(custom ? { newText: item.text } : {}),
      kind: item.kind,
      keepsProgress: custom || hasProgress(item, linked),
    });
  }
  return { rows, sections: parsed.sections };
}

/** Counts of each status, for a one-line summary ("2 new, 1 reworded, 1 removed"). */
export function summarizePlan(plan: ReparsePlan): Record<ReparseRow['status'], number> {
  const counts = { unchanged: 0, reworded: 0, new: 0, removed: 0, custom: 0 };
  for (const row of plan.rows) counts[row.status]++;
  return counts;
}
