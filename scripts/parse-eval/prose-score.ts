/**
 * Scoring requirements found in prose against the hand-labelled prose sentences, and
 * telling which parsed items come from prose at all.
 *
 * Where an item comes from is judged by position, not by the parser's own `source` tag:
 * an item comes from prose when its tokens lie (for at least {@link CONTAINED} of them)
 * inside one prose sentence of the posting (prose.ts `proseSentences`) and it matches
 * no bullet of the posting.
 *
 * Matching rule for prose: a parsed item matches a labelled sentence when at least
 * {@link CONTAINED} of its tokens are in the sentence (it is that sentence, perhaps with
 * its framing trimmed) and it keeps at least {@link MIN_COVER} of the sentence's tokens
 * (it is the sentence, not a fragment of it). One-to-one, greedy from the best Dice score.
 */

import { parsePostingStrict } from '../../shared/parser/index';
import { bodyEnd, bodyStart, readBlocks } from './blocks';
import { degrade, FORMS } from './degrade';
import type { Form } from './degrade';
import type { Kind, TrueItem } from './labels';
import { GLYPH_BULLET, proseSentences } from './prose';
import { countMatchesBy, scoresOf, similarity, sumCounts, tokens } from './score';
import type { Counts, Scores } from './score';

/** Share of an item's tokens that must lie in a sentence for it to be "from" it. */
export const CONTAINED = 0.9;
/** Share of a labelled sentence's tokens a matching item must keep. */
export const MIN_COVER = 0.6;

/** Prose targets on the development prose set. */
export const PROSE_TARGETS = { precision: 0.9, recall: 0.85 } as const;

/** Share of `item`'s tokens found in `container` (multiset). */
export function containment(item: readonly string[], container: readonly string[]): number {
  if (item.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of container) counts.set(token, (counts.get(token) ?? 0) + 1);
  let inside = 0;
  for (const token of item) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      inside++;
      counts.set(token, left - 1);
    }
  }
  return inside / item.length;
}

/** The bullets and prose sentences of a markdown posting, as token lists. */
export interface PostingParts {
  bullets: string[][];
  sentences: string[][];
}

/**
 * Reads the bullets and prose sentences of a markdown posting.
 *
 * @param markdown - The posting as in the corpus.
 * @returns Their tokens.
 */
export function partsOf(markdown: string): PostingParts {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks = readBlocks(markdown).slice(bodyStart(lines), bodyEnd(lines));
  return {
    bullets: blocks
      .filter((b) => b.kind === 'bullet' || (b.kind === 'text' && GLYPH_BULLET.test(b.text)))
      .map((b) => tokens(b.text)),
    sentences: proseSentences(markdown).map(tokens),
  };
}

/**
 * Whether a parsed item comes from the posting's prose (see the module comment).
 *
 * @param item - The item's tokens.
 * @param parts - The posting's bullets and sentences.
 * @returns True for an item taken from a paragraph.
 */
export function fromProse(item: readonly string[], parts: PostingParts): boolean {
  if (parts.bullets.some((b) => containment(item, b) >= CONTAINED)) return false;
  return parts.sentences.some((s) => containment(item, s) >= CONTAINED);
}

/**
 * Matches parsed prose items to labelled sentences one-to-one and counts.
 *
 * @param parsed - Parsed items from prose.
 * @param truth - Labelled requirement sentences.
 * @returns The counts.
 */
export function countProseMatches(
  parsed: readonly { text: string; kind: Kind }[],
  truth: readonly TrueItem[],
): Counts {
  // A prose item matches a sentence it is contained in and covers most of.
  return countMatchesBy(parsed, truth, (p, t) =>
    containment(p, t) >= CONTAINED && containment(t, p) >= MIN_COVER ? similarity(p, t) : undefined,
  );
}

/** A posting of the prose set with its text. */
export interface ProseEvalPosting {
  id: string;
  text: string;
  items: readonly TrueItem[];
}

/** Prose results for one form. */
export interface ProseResult {
  form: Form;
  counts: Counts;
  scores: Scores;
  /** Per-posting counts and the parsed prose items, for `--show-prose`. */
  perPosting: { id: string; counts: Counts; parsed: { text: string; kind: Kind }[] }[];
}

/**
 * Parses every prose posting in every form and scores the requirements found in prose.
 *
 * @param postings - Hand-labelled prose postings.
 * @param forms - The forms to run (all by default).
 * @returns One result per form.
 */
export function evaluateProse(
  postings: readonly ProseEvalPosting[],
  forms: readonly Form[] = FORMS,
): ProseResult[] {
  const parts = postings.map((p) => partsOf(p.text));
  return forms.map((form) => {
    const perPosting = postings.map((posting, n) => {
      const own = parts[n] ?? { bullets: [], sentences: [] };
      const parsed = parsePostingStrict(degrade(posting.text, form))
        .requirements.filter((r) => fromProse(tokens(r.text), own))
        .map((r) => ({ text: r.text, kind: r.kind }));
      // A sentence a posting repeats is one checklist item; a line written as a glyph
      // bullet ("・ BSc…") is a list item, not prose.
      const truth = posting.items.filter(
        (item, i) =>
          posting.items.findIndex((other) => other.text === item.text) === i &&
          !GLYPH_BULLET.test(item.text),
      );
      return { id: posting.id, counts: countProseMatches(parsed, truth), parsed };
    });
    const counts = sumCounts(perPosting.map((p) => p.counts));
    return { form, counts, scores: scoresOf(counts), perPosting };
  });
}

/**
 * The prose targets missed.
 *
 * @param results - Results from {@link evaluateProse}.
 * @returns Descriptions of the misses.
 */
export function missedProseTargets(results: readonly ProseResult[]): string[] {
  const missed: string[] = [];
  for (const r of results) {
    if (r.scores.precision < PROSE_TARGETS.precision) {
      missed.push(`prose ${r.form}: precision ${r.scores.precision.toFixed(3)} < 0.90`);
    }
    if (r.scores.recall < PROSE_TARGETS.recall) {
      missed.push(`prose ${r.form}: recall ${r.scores.recall.toFixed(3)} < 0.85`);
    }
  }
  return missed;
}

/**
 * A table of the prose figures.
 *
 * @param title - The set's name.
 * @param postings - How many postings.
 * @param results - Results from {@link evaluateProse}.
 * @returns Lines of text.
 */
export function formatProseResults(
  title: string,
  postings: number,
  results: readonly ProseResult[],
): string {
  const pct = (x: number): string => x.toFixed(3).padStart(6);
  const lines = [
    `${title} (${String(postings)} postings, ${String(results[0]?.counts.truth ?? 0)} prose requirements)`,
    `  form               prose: P      R      F1  | kinds: P      R      F1  | target (P 0.90, R 0.85)`,
  ];
  for (const r of results) {
    const s = r.scores;
    const met = s.precision >= PROSE_TARGETS.precision && s.recall >= PROSE_TARGETS.recall;
    lines.push(
      `  ${r.form.padEnd(18)}      ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |      ${pct(s.kindPrecision)} ${pct(s.kindRecall)} ${pct(s.kindF1)} | ${met ? 'met' : 'MISSED'}`,
    );
  }
  return lines.join('\n');
}
