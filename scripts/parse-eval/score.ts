/**
 * Scoring parsed requirement items against the true ones.
 *
 * Matching rule (documented tolerance): both texts are normalised — lower case, the
 * characters copy-paste loses (apostrophes, quotes, slashes, `&`, `#`) deleted, all other
 * punctuation but `+` turned into spaces, a `+` before a number dropped ("+6 years") —
 * and split into tokens. Two items match when the Dice
 * coefficient of their token multisets is at least {@link MATCH_THRESHOLD} (0.9: equal
 * texts up to punctuation, or one word differing in a long item). Matching is one-to-one:
 * candidate pairs are taken greedily from the most similar down, each item used once.
 *
 * Item precision = matched / parsed, recall = matched / true. Kind precision and recall
 * count only matched pairs whose kinds agree.
 */

import type { Kind, TrueItem } from './labels';

/** Least token similarity for two items to match. */
export const MATCH_THRESHOLD = 0.9;

/** Counts for one posting or a whole set. */
export interface Counts {
  parsed: number;
  truth: number;
  matched: number;
  kindMatched: number;
}

/** Precision, recall and F1 of items and of their kinds. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  kindPrecision: number;
  kindRecall: number;
  kindF1: number;
}

/**
 * Tokens of an item for matching.
 *
 * @param text - Item text.
 * @returns Lower-case word tokens.
 */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘ʼ`"“”/\\&#]/g, '')
      .replace(/[^\p{L}\p{N}+]+/gu, ' ')
      .trim()
      .split(' ')
      // A leading "+" ("+6 years") is read as a bullet marker by some readers: not content.
      .map((token) => token.replace(/^\++(?=\p{N})/u, ''))
      .filter((token) => token !== '')
  );
}

/**
 * Dice similarity of two token multisets.
 *
 * @param a - Tokens of one item.
 * @param b - Tokens of the other.
 * @returns 1 for equal multisets, 0 for disjoint ones.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Matches parsed items to true items one-to-one and counts. `pairScore` says how well a
 * parsed item's tokens match a true item's, or `undefined` when they do not match.
 *
 * @param parsed - What the parser returned.
 * @param truth - The labelled items.
 * @returns The counts for this posting.
 */
export function countMatchesBy(
  parsed: readonly { text: string; kind: Kind }[],
  truth: readonly TrueItem[],
  pairScore: (parsed: readonly string[], truth: readonly string[]) => number | undefined,
): Counts {
  const parsedTokens = parsed.map((item) => tokens(item.text));
  const truthTokens = truth.map((item) => tokens(item.text));
  const pairs: [number, number, number][] = [];
  parsedTokens.forEach((p, i) => {
    truthTokens.forEach((t, j) => {
      const score = pairScore(p, t);
      if (score !== undefined) pairs.push([score, i, j]);
    });
  });
  return matchGreedily(pairs, parsed, truth);
}

/** {@link countMatchesBy} with list items: a match is a similarity at the threshold or above. */
export function countMatches(
  parsed: readonly { text: string; kind: Kind }[],
  truth: readonly TrueItem[],
): Counts {
  return countMatchesBy(parsed, truth, (p, t) => {
    const score = similarity(p, t);
    return score >= MATCH_THRESHOLD ? score : undefined;
  });
}

/**
 * Matches parsed items to true ones one-to-one, best similarity first (ties by
 * position), and counts the matches and those whose kind agrees.
 *
 * @param pairs - Candidate matches as [similarity, parsed index, true index].
 */
export function matchGreedily(
  pairs: [number, number, number][],
  parsed: readonly { kind: Kind }[],
  truth: readonly { kind: Kind }[],
): Counts {
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedParsed = new Set<number>();
  const usedTruth = new Set<number>();
  let matched = 0;
  let kindMatched = 0;
  for (const [, i, j] of pairs) {
    if (usedParsed.has(i) || usedTruth.has(j)) continue;
    usedParsed.add(i);
    usedTruth.add(j);
    matched++;
    if (parsed[i]?.kind === truth[j]?.kind) kindMatched++;
  }
  return { parsed: parsed.length, truth: truth.length, matched, kindMatched };
}

/**
 * Sums counts.
 *
 * @param all - Per-posting counts.
 * @returns Their total.
 */
export function sumCounts(all: readonly Counts[]): Counts {
  const total: Counts = { parsed: 0, truth: 0, matched: 0, kindMatched: 0 };
  for (const c of all) {
    total.parsed += c.parsed;
    total.truth += c.truth;
    total.matched += c.matched;
    total.kindMatched += c.kindMatched;
  }
  return total;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Micro-averaged scores from summed counts.
 *
 * @param c - Counts over a set of postings.
 * @returns Precision, recall and F1 of items and kinds (0 when undefined).
 */
export function scoresOf(c: Counts): Scores {
  const precision = c.parsed === 0 ? 0 : c.matched / c.parsed;
  const recall = c.truth === 0 ? 0 : c.matched / c.truth;
  const kindPrecision = c.parsed === 0 ? 0 : c.kindMatched / c.parsed;
  const kindRecall = c.truth === 0 ? 0 : c.kindMatched / c.truth;
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    kindPrecision,
    kindRecall,
    kindF1: f1(kindPrecision, kindRecall),
  };
}
