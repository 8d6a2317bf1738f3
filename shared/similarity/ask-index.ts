/**
 * TF-IDF vectors of asks and an inverted index over them, so one ask is scored only
 * against the asks it shares a term with. Term frequency is binary (an ask is a sentence:
 * saying "team" twice does not make it more about teams); a term's weight is its inverse
 * document frequency among the asks indexed, so words every role uses count for little.
 */
import { CONCEPT_PREFIX } from './concepts';
import { askTerms, type Term } from './terms';

/** What the similarity engine needs of a checklist item. */
export interface AskItem {
  /** Unique among the items compared. */
  readonly id: string;
  /** Items of the same role are never paired. */
  readonly roleId: string;
  readonly text: string;
}

/** An index of asks, built once and queried many times. */
export interface AskIndex<T extends AskItem> {
  readonly items: readonly T[];
  /** Per item, its terms with their weights (same order as `items`). */
  readonly vectors: readonly (readonly WeightedTerm[])[];
  /** Per item, the Euclidean norm of its vector (0 when it has no terms). */
  readonly norms: readonly number[];
  /** Per item, the norm of its concept terms only (0 when it names no concept). */
  readonly conceptNorms: readonly number[];
  /** For each term, the indices of the items that have it, ascending. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/** A term of one ask with its weight. */
export interface WeightedTerm extends Term {
  readonly weight: number;
}

/**
 * Words that are in most asks of an engineering posting: they take part, but weigh less
 * than their rarity among a few roles would suggest.
 */
const DAMPED: ReadonlyMap<string, number> = new Map([
  ['team', 0.4],
  ['engineer', 0.5],
  ['engineering', 0.5],
  ['work', 0.5],
  ['technical', 0.7],
  ['software', 0.6],
]);

/**
 * Concepts of the synonym table are curated skill words: they weigh 2.5 times an
 * ordinary word, because among a few roles a one-off filler word ("robust", "sound")
 * would otherwise outweigh the shared skill.
 */
const CONCEPT_WEIGHT = 2.5;
const WORD_WEIGHT = 1;

/** How much of a pair's score comes from the concepts they share (the rest: all terms). */
const CONCEPT_SHARE = 0.5;

/**
 * Builds the index: terms of every item, document frequencies, weights and postings.
 * Deterministic: the same items in the same order give the same index.
 *
 * @param items - The asks to index (any number of roles).
 */
export function buildAskIndex<T extends AskItem>(items: readonly T[]): AskIndex<T> {
  // Roles of one company repeat their boilerplate asks word for word: read each text once.
  const byText = new Map<string, Term[]>();
  const termLists = items.map((item) => {
    let terms = byText.get(item.text);
    if (!terms) {
      terms = askTerms(item.text);
      byText.set(item.text, terms);
    }
    return terms;
  });
  const postings = new Map<string, number[]>();
  termLists.forEach((terms, index) => {
    for (const term of terms) {
      const list = postings.get(term.key);
      if (list) list.push(index);
      else postings.set(term.key, [index]);
    }
  });
  const count = Math.max(items.length, 1);
  const vectors = termLists.map((terms) =>
    terms.map((term) => {
      const df = postings.get(term.key)?.length ?? 1;
      // Smoothed so a term in every ask still weighs a little, never zero or negative.
      const idf = Math.log(1 + count / df);
      const kind = isConcept(term.key) ? CONCEPT_WEIGHT : WORD_WEIGHT;
      return { ...term, weight: idf * kind * (DAMPED.get(term.key) ?? 1) };
    }),
  );
  const norms = vectors.map((terms) => Math.hypot(...terms.map((term) => term.weight)));
  const conceptNorms = vectors.map((terms) =>
    Math.hypot(...terms.filter((term) => isConcept(term.key)).map((term) => term.weight)),
  );
  return { items, vectors, norms, conceptNorms, postings };
}

function isConcept(key: string): boolean {
  return key.startsWith(CONCEPT_PREFIX);
}

/**
 * The similarity of two asks from their dot products: a blend of the cosine over their
 * concepts (the skills they name) and the cosine over all their terms. Concepts lead,
 * because a long sentence's one-off words would otherwise drown the skill it shares.
 */
function blend<T extends AskItem>(
  index: AskIndex<T>,
  a: number,
  b: number,
  dot: number,
  conceptDot: number,
): number {
  const share = CONCEPT_SHARE;
  const all = dot / ((index.norms[a] ?? 1) * (index.norms[b] ?? 1));
  const conceptNorm = (index.conceptNorms[a] ?? 0) * (index.conceptNorms[b] ?? 0);
  const concepts = conceptNorm === 0 ? 0 : conceptDot / conceptNorm;
  return share * concepts + (1 - share) * all;
}

/** One scored neighbour of an ask. */
export interface Neighbour {
  /** Index of the other item in the index. */
  readonly index: number;
  /** Cosine similarity, 0–1. */
  readonly score: number;
}

/**
 * Every item of another role that shares a term with item `index`, with its cosine
 * similarity, best first (ties by index, so the order is stable).
 *
 * @param index - The index to search.
 * @param at - The position of the ask in `index.items`.
 * @param minScore - Neighbours scoring below this are left out.
 */
export function neighbours<T extends AskItem>(
  index: AskIndex<T>,
  at: number,
  minScore: number,
): Neighbour[] {
  const own = index.items[at];
  const terms = index.vectors[at];
  const norm = index.norms[at] ?? 0;
  if (!own || !terms || norm === 0) return [];
  // A term's weight depends on the term only (binary term frequency), so the dot product
  // with any other item is the sum of the squared weights of the terms they share.
  const dots = new Map<number, number>();
  const conceptDots = new Map<number, number>();
  for (const term of terms) {
    const product = term.weight * term.weight;
    const concept = isConcept(term.key);
    for (const other of index.postings.get(term.key) ?? []) {
      if (other === at) continue;
      dots.set(other, (dots.get(other) ?? 0) + product);
      if (concept) conceptDots.set(other, (conceptDots.get(other) ?? 0) + product);
    }
  }
  const found: Neighbour[] = [];
  for (const [other, dot] of dots) {
    if (index.items[other]?.roleId === own.roleId) continue;
    const score = blend(index, at, other, dot, conceptDots.get(other) ?? 0);
    if (score >= minScore) found.push({ index: other, score });
  }
  return found.sort((a, b) => b.score - a.score || a.index - b.index);
}

function weightOf<T extends AskItem>(index: AskIndex<T>, at: number, key: string): number {
  return index.vectors[at]?.find((term) => term.key === key)?.weight ?? 0;
}

/**
 * The cosine similarity of two indexed items (0 when either has no terms).
 *
 * @param index - The index holding both.
 * @param a - Position of the first item.
 * @param b - Position of the second item.
 */
export function pairScore<T extends AskItem>(index: AskIndex<T>, a: number, b: number): number {
  if ((index.norms[a] ?? 0) === 0 || (index.norms[b] ?? 0) === 0) return 0;
  let dot = 0;
  let conceptDot = 0;
  for (const term of index.vectors[a] ?? []) {
    const product = term.weight * weightOf(index, b, term.key);
    dot += product;
    if (isConcept(term.key)) conceptDot += product;
  }
  return blend(index, a, b, dot, conceptDot);
}

/**
 * What two asks have in common, in plain words, the terms that add most to their
 * similarity first: `["leadership", "software engineering"]`.
 *
 * @param index - The index holding both.
 * @param a - Position of the first item.
 * @param b - Position of the second item.
 * @param limit - At most this many labels.
 */
export function sharedTerms<T extends AskItem>(
  index: AskIndex<T>,
  a: number,
  b: number,
  limit = 4,
): string[] {
  return (index.vectors[a] ?? [])
    .map((term) => ({ label: term.label, value: term.weight * weightOf(index, b, term.key) }))
    .filter((entry) => entry.value > 0)
    .sort((x, y) => y.value - x.value || x.label.localeCompare(y.label))
    .slice(0, limit)
    .map((entry) => entry.label);
}
