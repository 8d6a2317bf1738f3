/**
 * How much of the posting the applicant has been through in the review step: each
 * sentence of the posting (list items, and the sentences of its paragraphs) is in the
 * checklist, dismissed, or not yet looked at.
 */
import { splitSentences, type ParsedSection } from '../parser';
import { normalizeItemText } from './reparse';
import type { ReviewDraft } from './review';

/** Counts of the posting's sentences by where they stand; they add up to `total`. */
export interface ReviewCoverage {
  total: number;
  /** Matching a checklist item's text (or the posting wording it was edited from). */
  inChecklist: number;
  /** Removed by the applicant: items removed or parked, possibilities dismissed. */
  dismissed: number;
  /** Everything else. */
  unseen: number;
}

/** The posting's sentences: every list item, and each sentence of every paragraph. */
export function postingSentences(sections: readonly ParsedSection[]): string[] {
  return sections.flatMap((section) => [
    ...section.paragraphs.flatMap((paragraph) => splitSentences(paragraph)),
    ...section.items,
  ]);
}

/** Normalised wordings, each padded with spaces so containment is word for word. */
function padded(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const wording = normalizeItemText(text);
    return wording === '' ? [] : [` ${wording} `];
  });
}

/** Words in a padded wording. */
function wordCount(wording: string): number {
  return wording.trim().split(' ').length;
}

/**
 * Whether a sentence matches one of the wordings: the same words, or one holds the
 * other — a merged item holds several sentences; an item trimmed of its framing ("As a
 * manager here, you must be…") sits in its sentence and is at least half of it.
 */
function matches(sentence: string, wordings: readonly string[], exact: ReadonlySet<string>) {
  if (exact.has(sentence)) return true;
  const words = wordCount(sentence);
  return wordings.some(
    (wording) =>
      wording.includes(sentence) || (sentence.includes(wording) && wordCount(wording) * 2 >= words),
  );
}

/**
 * Counts the posting's sentences (see {@link postingSentences}) in the checklist, dismissed
 * (removed or parked items, dismissed possibilities) or not yet looked at. A sentence in
 * the checklist counts there even if another copy of it was removed.
 */
export function reviewCoverage(draft: ReviewDraft): ReviewCoverage {
  const listed = padded(
    draft.items.flatMap((item) => [item.text, ...(item.originalText ? [item.originalText] : [])]),
  );
  const left = padded([
    ...(draft.removed ?? []),
    ...(draft.parked ?? []).flatMap((item) => [item.text, item.originalText ?? item.text]),
    ...(draft.possible ?? []).flatMap((item) => (item.dismissed ? [item.text] : [])),
  ]);
  const listedExact = new Set(listed);
  const leftExact = new Set(left);
  const counts: ReviewCoverage = { total: 0, inChecklist: 0, dismissed: 0, unseen: 0 };
  for (const sentence of padded(postingSentences(draft.sections))) {
    counts.total++;
    if (matches(sentence, listed, listedExact)) counts.inChecklist++;
    else if (matches(sentence, left, leftExact)) counts.dismissed++;
    else counts.unseen++;
  }
  return counts;
}
