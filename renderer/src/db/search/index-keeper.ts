/**
 * Keeps the persisted search index (search-db.ts) in step with the app's data:
 * - every committed write to roles, requirements or notes re-reads the roles it touched
 *   and rewrites their rows (a transaction that touched very many roles, such as a
 *   restore, rebuilds the whole index instead);
 * - at startup the stored fingerprint is compared with the data's, and a missing, old or
 *   stale index is rebuilt in the background, a slice of roles at a time, resuming where
 *   an interrupted rebuild stopped.
 * Every unit of work reads the app's data and writes the index under one Web Lock shared
 * by all windows, so a unit that starts after a commit always writes last: whatever the
 * interleaving, each role's row ends up built from its latest data.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { ShortlistDb } from '../db';
import { fingerprint, readRoleWords } from './role-words';
import { INDEX_VERSION, openSearchDb, type IndexState, type SearchDb } from './search-db';

/** Roles re-read per rebuild slice: ~4,000 notes, a few hundred ms of work. */
const REBUILD_SLICE = 200;
/** A transaction touching more roles than this rebuilds the index instead. */
const BULK_ROLES = 500;
const WRITE_LOCK = 'shortlist-search-write';
const REBUILD_LOCK = 'shortlist-search-rebuild';

type LockWork<T> = () => Promise<T>;

function withLock<T>(name: string, work: LockWork<T>): Promise<T> {
  const locks =
    typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  return locks ? locks.request(name, work) : work();
}

const pause = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

export class IndexKeeper {
  readonly store: SearchDb;
  /** Roles written since the last flush. */
  private pending = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  /** The latest unit that writes roles touched by commits. */
  private lastWrite: Promise<unknown> = Promise.resolve();
  private rebuilding: Promise<void> | null = null;
  private checked: Promise<boolean> | null = null;
  /** The roles each open transaction touched, across the three watched tables. */
  private touched = new WeakMap<Transaction, Set<string>>();
  /** True once an index write failed here: searches then use the fallback. */
  failed = false;
  /** Most of the data was just replaced (a restore): the reindex under way. */
  private replaced: Promise<void> | null = null;
  /** Called with the words each write adds, so an in-memory vocabulary can follow. */
  onWords: (words: Iterable<string>) => void = () => undefined;

  constructor(private readonly db: ShortlistDb) {
    this.store = openSearchDb(db.name);
    this.watch(db.roles, (role) => role.id);
    this.watch(db.requirements, (item) => item.roleId);
    this.watch(db.notes, (note) => note.roleId);
  }

  /** The index's state, if it can answer searches now. */
  async usableState(): Promise<IndexState | null> {
    // The first search of a session checks the index against the data (or waits for the
    // check started at startup), and starts the rebuild if that is needed.
    if (await this.check()) void this.prepare().catch(() => undefined);
    if (this.failed || this.replaced) return null;
    const state = await this.store.state.get('index');
    return state?.version === INDEX_VERSION && state.complete ? state : null;
  }

  /**
   * Resolves once the index is whole again: after the reindex of a restore, or the
   * rebuild of a missing or stale index (this window's, or another's it waits for). A
   * rebuild takes ~10 s at 100,000 notes, less than the in-memory fallback would need.
   */
  async whole(): Promise<void> {
    await this.replaced;
    await this.rebuild();
  }

  /**
   * Resolves once the writes committed so far are in the index (not waiting for a check
   * or a rebuild under way: a search must not wait on those).
   */
  async settled(): Promise<void> {
    while (this.flushTimer !== null || this.pending.size > 0) {
      this.flush();
      await pause();
    }
    await this.lastWrite;
  }

  /** Resolves once all work queued so far, rebuild included, is done. */
  async idle(): Promise<void> {
    await this.settled();
    await this.rebuilding;
    await this.tail;
  }

  /**
   * Checks the index against the data and, when it is missing, old or stale, rebuilds it
   * (resolving once rebuilt). One window rebuilds at a time; another waits, finds it done.
   */
  async prepare(): Promise<void> {
    if (await this.check()) await this.rebuild();
  }

  /** Once per session: whether the index must be (re)built, and if so marks it incomplete. */
  private check(): Promise<boolean> {
    this.checked ??= this.enqueue(async () => {
      const state = await this.store.state.get('index');
      const current = await fingerprint(this.db);
      if (state?.version === INDEX_VERSION && state.fingerprint === current) {
        return !state.complete;
      }
      // Changed behind the index's back: start over (old rows answer nothing meanwhile).
      await this.store.state.put(this.startState(current));
      return true;
    });
    return this.checked;
  }

  /** Rebuilds the whole index from the data, in the background (restore, import). */
  async reindexAll(): Promise<void> {
    await this.enqueue(async () => {
      await this.store.state.put(this.startState(await fingerprint(this.db)));
    });
    await this.rebuild();
  }

  private startState(print: string): IndexState {
    return {
      key: 'index',
      version: INDEX_VERSION,
      complete: false,
      cursor: '',
      fingerprint: print,
    };
  }

  private rebuild(): Promise<void> {
    this.rebuilding ??= withLock(REBUILD_LOCK, async () => {
      while (!(await this.enqueue(() => this.rebuildSlice()))) await pause();
    }).finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  /** Indexes the next slice of roles; resolves true once the index is complete. */
  private async rebuildSlice(): Promise<boolean> {
    const state = await this.store.state.get('index');
    if (!state || state.complete) return true;
    const ids = await this.db.roles
      .where(':id')
      .above(state.cursor)
      .limit(REBUILD_SLICE)
      .primaryKeys();
    const last = ids.at(-1);
    if (last === undefined) {
      // Every role done: drop rows of roles deleted meanwhile, and say the index is whole.
      const [indexed, existing] = await Promise.all([
        this.store.roleWords.toCollection().primaryKeys(),
        this.db.roles.toCollection().primaryKeys(),
      ]);
      const alive = new Set(existing);
      const print = await fingerprint(this.db);
      await this.store.transaction('rw', this.store.roleWords, this.store.state, async () => {
        await this.store.roleWords.bulkDelete(indexed.filter((id) => !alive.has(id)));
        await this.store.state.put({ ...state, complete: true, fingerprint: print });
      });
      return true;
    }
    await this.writeRoles(ids, { ...state, cursor: last });
    return false;
  }

  /**
   * Re-reads `roleIds` and writes their rows, with the data's fingerprint now; or, for a
   * rebuild slice, with `state` (its cursor moved on; the fingerprint it started from
   * still says whether an interrupted rebuild may resume).
   */
  private async writeRoles(roleIds: string[], state?: IndexState): Promise<void> {
    const rows = await readRoleWords(this.db, roleIds);
    const print = state ? state.fingerprint : await fingerprint(this.db);
    const present = new Set(rows.map((row) => row.roleId));
    const words = new Set(rows.flatMap((row) => row.words));
    const store = this.store;
    await store.transaction('rw', store.roleWords, store.terms, store.state, async () => {
      await store.roleWords.bulkPut(rows);
      await store.roleWords.bulkDelete(roleIds.filter((id) => !present.has(id)));
      await store.terms.bulkPut([...words].map((term) => ({ term })));
      const current = state ?? (await store.state.get('index'));
      if (current) await store.state.put({ ...current, fingerprint: print });
    });
    this.onWords(words);
  }

  /** Runs `work` after every earlier unit, under the cross-window write lock. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = () => withLock(WRITE_LOCK, () => Dexie.ignoreTransaction(work));
    const result = this.tail.then(run, run);
    this.tail = result.catch((error: unknown) => {
      // The index no longer follows the data: searches fall back until the next start,
      // whose fingerprint check sees the difference and rebuilds.
      this.failed = true;
      // Closed for a restore in another window, or at the end of a test: nothing to say.
      if (!(error instanceof Dexie.DatabaseClosedError)) {
        console.warn('The search index could not be updated:', error);
      }
    });
    return result;
  }

  private flush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending.clear();
    this.lastWrite = this.enqueue(() => this.writeRoles(ids)).catch(() => undefined);
  }

  private committed(roleIds: Set<string>): void {
    if (roleIds.size > BULK_ROLES) {
      // From now on, not once the rebuild has marked the index incomplete.
      const reindex = this.reindexAll().finally(() => {
        if (this.replaced === reindex) this.replaced = null;
      });
      this.replaced = reindex;
      reindex.catch(() => undefined);
      return;
    }
    for (const id of roleIds) this.pending.add(id);
    // One flush for a burst of commits (autosave, a multi-step edit).
    this.flushTimer ??= setTimeout(() => {
      this.flush();
    }, 0);
  }

  /** Collects the roles each transaction touches; acts once it has committed. */
  private watch<T extends object, TInsert>(
    table: Table<T, string, TInsert>,
    roleOf: (record: T) => string,
  ): void {
    const touch = (transaction: Transaction, ...records: T[]) => {
      let ids = this.touched.get(transaction);
      if (!ids) {
        const set = new Set<string>();
        ids = set;
        this.touched.set(transaction, set);
        transaction.on('complete', () => {
          this.committed(set);
        });
      }
      for (const record of records) ids.add(roleOf(record));
    };
    table.hook('creating', (_key, record, transaction) => {
      touch(transaction, record);
    });
    table.hook('updating', (changes, _key, record, transaction) => {
      // A record moved to another role changes both roles' words.
      touch(transaction, record, Object.assign({} as T, record, changes));
    });
    table.hook('deleting', (_key, record, transaction) => {
      touch(transaction, record);
    });
  }
}
