/**
 * "Also asked by": the items of other roles that ask for the same thing as one item,
 * each with what they share. The index over every requirement is built once (a few
 * hundred milliseconds at 60,000 items) and then answers each item in about a
 * millisecond, because an item is scored only against items sharing one of its terms.
 */
import { buildAskIndex, neighbours, sharedTerms, type AskIndex, type AskItem } from './ask-index';
import { SIMILAR_ASK_THRESHOLD } from './threshold';

/** One suggestion: an item of another role, how alike it is (0–1) and what they share. */
export interface AskSuggestion<T extends AskItem> {
  readonly item: T;
  readonly score: number;
  /** In plain words, most telling first: `["leadership", "software engineering"]`. */
  readonly shared: readonly string[];
}

/** An index ready to answer "similar asks to this item" for any of its items. */
export interface SuggestionIndex<T extends AskItem> {
  readonly index: AskIndex<T>;
  readonly positions: ReadonlyMap<string, number>;
}

/**
 * Indexes every requirement once, for many {@link similarAsksTo} calls.
 *
 * @param items - All requirements (every role), ids unique.
 */
export function buildSuggestionIndex<T extends AskItem>(items: readonly T[]): SuggestionIndex<T> {
  return {
    index: buildAskIndex(items),
    positions: new Map(items.map((item, at) => [item.id, at])),
  };
}

/**
 * The items of other roles asking the same thing as item `id`, best first, at most one per
 * role (its best match), so "Also asked by" names each role once.
 *
 * @param suggestions - The index of all requirements.
 * @param id - The item to find similar asks for.
 * @param limit - At most this many suggestions (default 10).
 * @returns Suggestions at or above {@link SIMILAR_ASK_THRESHOLD}; empty for an unknown id.
 */
export function similarAsksTo<T extends AskItem>(
  suggestions: SuggestionIndex<T>,
  id: string,
  limit = 10,
): AskSuggestion<T>[] {
  const at = suggestions.positions.get(id);
  if (at === undefined) return [];
  const { index } = suggestions;
  const seenRoles = new Set<string>();
  const found: AskSuggestion<T>[] = [];
  for (const neighbour of neighbours(index, at, SIMILAR_ASK_THRESHOLD)) {
    const item = index.items[neighbour.index];
    if (!item || seenRoles.has(item.roleId)) continue;
    seenRoles.add(item.roleId);
    found.push({ item, score: neighbour.score, shared: sharedTerms(index, at, neighbour.index) });
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * One-off form of {@link similarAsksTo}: indexes `all` and answers for `target`. Prefer
 * building the index once when asking about many items.
 *
 * @param target - The item (it must be one of `all`, matched by id).
 * @param all - All requirements.
 * @param limit - At most this many suggestions.
 */
export function suggestSimilarAsks<T extends AskItem>(
  target: T,
  all: readonly T[],
  limit = 10,
): AskSuggestion<T>[] {
  return similarAsksTo(buildSuggestionIndex(all), target.id, limit);
}
