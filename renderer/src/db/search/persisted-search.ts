/**
 * Answers role searches from the persisted index (search-db.ts): for each query word, the
 * roles with a word starting with it are one range of the multi-entry index; words
 * within a few edits (for words over four letters) come from the vocabulary, held in
 * memory once read. While the index is being (re)built a search waits for it; null means
 * it cannot answer at all (its writes failed: storage full).
 */
import { parseQuery, withinDistance } from '../../../../shared/domain/search-terms';
import type { IndexKeeper } from './index-keeper';

export class PersistedSearch {
  private vocabulary: Set<string> | null = null;
  private loading: Promise<Set<string>> | null = null;

  constructor(private readonly keeper: IndexKeeper) {
    keeper.onWords = (words) => {
      if (!this.vocabulary) return;
      for (const word of words) this.vocabulary.add(word);
    };
  }

  /** The ids of roles matching every word of `query`, or null if the index is not ready. */
  async roleIds(query: string): Promise<Set<string> | null> {
    const words = parseQuery(query);
    if (words.length === 0) return new Set();
    if (!(await this.keeper.usableState())) {
      // Being built or rebuilt: its end is nearer than a whole in-memory index would be.
      await this.keeper.whole();
      if (!(await this.keeper.usableState())) return null;
    }
    // Writes already committed are indexed first, so results follow the data.
    await this.keeper.settled();
    const fuzzy = words.some((word) => word.distances.some((distance) => distance > 0));
    const vocabulary = fuzzy ? await this.loadVocabulary() : new Set<string>();
    const { roleWords } = this.keeper.store;
    let result: Set<string> | undefined;
    for (const word of words) {
      const ids = new Set<string>();
      for (const [i, token] of word.tokens.entries()) {
        for (const id of await roleWords.where('words').startsWith(token).primaryKeys()) {
          ids.add(id);
        }
        const distance = word.distances[i] ?? 0;
        if (distance === 0) continue;
        const near = [...vocabulary].filter(
          (term) => !term.startsWith(token) && withinDistance(term, token, distance),
        );
        if (near.length === 0) continue;
        for (const id of await roleWords.where('words').anyOf(near).primaryKeys()) ids.add(id);
      }
      const previous: Set<string> | undefined = result;
      result = previous ? new Set([...previous].filter((id) => ids.has(id))) : ids;
      if (result.size === 0) break;
    }
    return result ?? new Set();
  }

  private loadVocabulary(): Promise<Set<string>> {
    if (this.vocabulary) return Promise.resolve(this.vocabulary);
    this.loading ??= this.keeper.store.terms
      .toCollection()
      .primaryKeys()
      .then((terms) => {
        this.vocabulary = new Set(terms);
        return this.vocabulary;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
