/**
 * Running the parser on labelled postings in every form and scoring the list items. Pure
 * given the postings, so the unit test runs it on the committed subset.
 *
 * The list sets are labelled from headings and bullets only, so items the parser takes
 * from the postings' paragraphs have no label here: they are left out of this score
 * (prose-score.ts `fromProse`, judged by position) and scored on the hand-labelled prose
 * set instead.
 */

import { parsePostingStrict } from '../../shared/parser/index';
import { degrade, FORMS } from './degrade';
import type { Form } from './degrade';
import type { TrueItem } from './labels';
import { fromProse, partsOf } from './prose-score';
import { countMatches, scoresOf, sumCounts, tokens } from './score';
import type { Counts, Scores } from './score';

/** F1 each form must reach on the development set. */
export const TARGETS: Readonly<Record<Form, number>> = {
  markdown: 0.95,
  plain: 0.95,
  glued: 0.93,
  'lost-punctuation': 0.95,
};

/** A posting to evaluate: its markdown original and its true items. */
export interface EvalPosting {
  id: string;
  text: string;
  items: readonly TrueItem[];
}

/** Whether a posting's checklist is right without editing: every item found, none extra, kinds right. */
function isExact(c: Counts): boolean {
  return c.matched === c.truth && c.matched === c.parsed && c.kindMatched === c.matched;
}

/** Results for one form. */
export interface FormResult {
  form: Form;
  counts: Counts;
  scores: Scores;
  /** Share of postings whose checklist is right without editing (see isExact). */
  exactShare: number;
  /** Per-posting counts, for finding the worst postings while developing. */
  perPosting: { id: string; counts: Counts }[];
}

/**
 * Parses every posting in every form and scores the requirements.
 *
 * @param postings - Labelled postings.
 * @param forms - The forms to run (all by default).
 * @returns One result per form.
 */
export function evaluate(
  postings: readonly EvalPosting[],
  forms: readonly Form[] = FORMS,
): FormResult[] {
  const parts = postings.map((posting) => partsOf(posting.text));
  return forms.map((form) => {
    const perPosting = postings.map((posting, n) => {
      const own = parts[n] ?? { bullets: [], sentences: [] };
      const listed = parsePostingStrict(degrade(posting.text, form)).requirements.filter(
        (r) => !fromProse(tokens(r.text), own),
      );
      return { id: posting.id, counts: countMatches(listed, posting.items) };
    });
    const counts = sumCounts(perPosting.map((p) => p.counts));
    const exact = perPosting.filter(({ counts: c }) => isExact(c)).length;
    return {
      form,
      counts,
      scores: scoresOf(counts),
      exactShare: postings.length === 0 ? 0 : exact / postings.length,
      perPosting,
    };
  });
}

/**
 * The forms whose item F1 misses its target.
 *
 * @param results - Results from {@link evaluate}.
 * @returns Descriptions of the misses (empty when all targets are met).
 */
export function missedTargets(results: readonly FormResult[]): string[] {
  return results
    .filter((r) => r.scores.f1 < TARGETS[r.form])
    .map((r) => `${r.form}: F1 ${r.scores.f1.toFixed(3)} < ${TARGETS[r.form].toFixed(2)}`);
}

/**
 * A table of the figures.
 *
 * @param title - The set's name.
 * @param results - Results from {@link evaluate}.
 * @returns Lines of text.
 */
export function formatResults(
  title: string,
  postings: number,
  results: readonly FormResult[],
): string {
  const pct = (x: number): string => x.toFixed(3).padStart(6);
  const lines = [
    `${title} (${String(postings)} postings, ${String(results[0]?.counts.truth ?? 0)} true items)`,
    `  form          list items: P      R      F1  | kinds: P      R      F1  | exact | target`,
  ];
  for (const r of results) {
    const s = r.scores;
    lines.push(
      `  ${r.form.padEnd(18)}      ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |      ${pct(s.kindPrecision)} ${pct(s.kindRecall)} ${pct(s.kindF1)} | ${(100 * r.exactShare).toFixed(0).padStart(4)}% | ${s.f1 >= TARGETS[r.form] ? 'met' : 'MISSED'} (${TARGETS[r.form].toFixed(2)})`,
    );
  }
  lines.push(
    '  (exact: share of postings whose checklist is right without editing — all items, no extra, right kinds)',
  );
  return lines.join('\n');
}
