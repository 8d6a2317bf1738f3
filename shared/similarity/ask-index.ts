/**
 * Weighted term vectors of asks and an inverted index over them, so one ask is scored
 * only against the asks it shares a term with. Term frequency is binary (an ask is a
 * sentence: saying "team" twice does not make it more about teams). An ordinary word
 * weighs its inverse document frequency among the asks indexed, so words every role uses
 * count for little; a skill concept weighs the same in any set of roles, less the later
 * it comes in its sentence (the first skill named is what the sentence asks for).
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
  /** For each term, the items that have it (ascending) and its weight in each. */
  readonly postings: ReadonlyMap<string, Posting>;
}

/** The items having one term, ascending, with the term's weight in each (same order). */
export interface Posting {
  readonly items: readonly number[];
  readonly weights: readonly number[];
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
 * The weight of a concept of the synonym table, a curated skill word, where it is the
 * first skill its sentence names. It is fixed rather than taken from rarity: among
 * engineering-manager roles "leadership" is in every posting, and by rarity it would
 * weigh less than any one-off filler word ("robust", "sound") or a tool named in
 * passing, when it is the very thing the sentence asks for. A fixed weight also scores
 * a pair of asks the same whichever roles are compared. (About 2.5 times the weight of
 * a word of middling rarity.)
 */
const CONCEPT_WEIGHT = 6.25;

/**
 * Each further concept of a sentence weighs this share of the one before: in "experience
 * leading teams with TypeScript, React and AWS" the ask is leading teams, and the stack
 * only qualifies it; in "a degree in Computer Science, STEM or similar" the later
 * concepts still count, for less.
 */
const LATER_CONCEPT = 0.5;

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
  const df = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of terms) df.set(term.key, (df.get(term.key) ?? 0) + 1);
  }
  const count = Math.max(items.length, 1);
  const vectors = termLists.map((terms) => {
    let conceptWeight = CONCEPT_WEIGHT;
    return terms.map((term) => {
      if (isConcept(term.key)) {
        const weight = conceptWeight;
        conceptWeight *= LATER_CONCEPT;
        return { ...term, weight };
      }
      // Smoothed so a word in every ask still weighs a little, never zero or negative.
      const idf = Math.log(1 + count / (df.get(term.key) ?? 1));
      return { ...term, weight: idf * (DAMPED.get(term.key) ?? 1) };
    });
  });
  const postings = new Map<string, { items: number[]; weights: number[] }>();
  vectors.forEach((terms, index) => {
    for (const term of terms) {
      const posting = postings.get(term.key);
      if (posting) {
        posting.items.push(index);
        posting.weights.push(term.weight);
      } else postings.set(term.key, { items: [index], weights: [term.weight] });
    }
  });
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
  // Sums in flat arrays, not maps: a common concept's posting list runs to thousands of
  // items at 60,000 requirements, and this loop is the whole cost of a query.
  const dots = new Float64Array(index.items.length);
  const conceptDots = new Float64Array(index.items.length);
  const touched: number[] = [];
  for (const term of terms) {
    const concept = isConcept(term.key);
    const posting = index.postings.get(term.key);
    if (!posting) continue;
    const { items, weights } = posting;
    for (let k = 0; k < items.length; k += 1) {
      const other = items[k] ?? at;
      if (other === at) continue;
      const product = term.weight * (weights[k] ?? 0);
      if (dots[other] === 0) touched.push(other);
      dots[other] = (dots[other] ?? 0) + product;
      if (concept) conceptDots[other] = (conceptDots[other] ?? 0) + product;
    }
  }
  const found: Neighbour[] = [];
  for (const other of touched) {
    if (index.items[other]?.roleId === own.roleId) continue;
    const score = blend(index, at, other, dots[other] ?? 0, conceptDots[other] ?? 0);
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
