/**
 * Global search across roles (title, team, company, location), requirements (text and
 * evidence) and notes (title, body, tags): the ids of roles matching every word of a
 * query. Answered from the persisted word index, which needs no warm-up after a reload
 * (while it is rebuilt, after a restore or on first start, a search waits for it); only
 * if it cannot be written at all (storage full) from an in-memory MiniSearch index.
 */
import type { ShortlistDb } from './db';
import { IndexKeeper } from './search/index-keeper';
import type { MemorySearch } from './search/memory-search';
import { PersistedSearch } from './search/persisted-search';

export class RoleSearch {
  /** Keeps the persisted index in step with writes (its hooks are installed now). */
  readonly keeper: IndexKeeper;
  readonly persisted: PersistedSearch;
  private memory: Promise<MemorySearch> | null = null;

  constructor(private readonly db: ShortlistDb) {
    this.keeper = new IndexKeeper(db);
    this.persisted = new PersistedSearch(this.keeper);
  }

  /** The ids of roles that match all words of `query` (prefix and slightly fuzzy). */
  async search(query: string): Promise<Set<string>> {
    const ids = await this.persisted.roleIds(query).catch((error: unknown) => {
      console.warn('The search index could not be read; searching without it.', error);
      return null;
    });
    if (ids) return ids;
    // MiniSearch is needed only here (storage full), so it loads only then.
    this.memory ??= import('./search/memory-search').then(
      ({ MemorySearch }) => new MemorySearch(this.db),
    );
    return (await this.memory).search(query);
  }

  /**
   * Checks the persisted index against the data shortly after startup and rebuilds it in
   * the background when it is missing or stale.
   */
  async prepare(): Promise<void> {
    await this.keeper.prepare();
  }
}

const searches = new WeakMap<ShortlistDb, RoleSearch>();

/** The search of a database, created (and its hooks installed) on first use. */
export function getRoleSearch(db: ShortlistDb): RoleSearch {
  let search = searches.get(db);
  if (!search) {
    search = new RoleSearch(db);
    searches.set(db, search);
  }
  return search;
}
