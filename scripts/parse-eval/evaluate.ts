/**
 * Running the parser on labelled postings in every form and scoring the result. Pure
 * given the postings, so the unit test runs it on the committed subset.
 */

import { parsePostingStrict } from '../../shared/parser/index';
import { degrade, FORMS } from './degrade';
import type { Form } from './degrade';
import type { TrueItem } from './labels';
import { countMatches, scoresOf, sumCounts } from './score';
import type { Counts, Scores } from './score';

/** F1 each form must reach on the development set. */
export const TARGETS: Readonly<Record<Form, number>> = {
  markdown: 0.95,
  plain: 0.95,
  glued: 0.9,
  'lost-punctuation': 0.9,
};

/** A posting to evaluate: its markdown original and its true items. */
export interface EvalPosting {
  id: string;
  text: string;
  items: readonly TrueItem[];
}

/** Results for one form. */
export interface FormResult {
  form: Form;
  counts: Counts;
  scores: Scores;
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
  return forms.map((form) => {
    const perPosting = postings.map((posting) => {
      const parsed = parsePostingStrict(degrade(posting.text, form));
      return { id: posting.id, counts: countMatches(parsed.requirements, posting.items) };
    });
    const counts = sumCounts(perPosting.map((p) => p.counts));
    return { form, counts, scores: scoresOf(counts), perPosting };
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
    `  form               items: P      R      F1  | kinds: P      R      F1  | target`,
  ];
  for (const r of results) {
    const s = r.scores;
    lines.push(
      `  ${r.form.padEnd(18)}      ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |      ${pct(s.kindPrecision)} ${pct(s.kindRecall)} ${pct(s.kindF1)} | ${s.f1 >= TARGETS[r.form] ? 'met' : 'MISSED'} (${TARGETS[r.form].toFixed(2)})`,
    );
  }
  return lines.join('\n');
}
