/**
 * Read-only mode when storage is full. One status per database says whether its writes
 * can be kept. It turns "full" when any write transaction is aborted with a quota error
 * (seen by a Dexie middleware, so every repo is covered without knowing about it) or when
 * the probe at startup fails; it turns writable again only when a probe succeeds (the
 * banner's Try again). While full, every write is refused at once with a clear message,
 * so no editor waits on a write that cannot be kept; reads, backups and exports go on.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { isStorageFullError, StorageFullError } from './storage-full';

/** What the app shows: full or not, and whether a Try again is running. */
export interface StorageState {
  full: boolean;
  checking: boolean;
}

/** The probe's record: written and deleted in one transaction, so it never stays. */
const PROBE_KEY = 'storage-probe';

/**
 * Whether a write can be kept now: puts and deletes a small record in one transaction of
 * the underlying IndexedDB (bypassing the refusal below, and leaving nothing behind).
 * Resolves false when the browser refuses it for lack of space; other failures reject.
 */
export async function probeWritable(db: Dexie): Promise<boolean> {
  if (!db.isOpen()) await db.open();
  const transaction = db.backendDB().transaction('meta', 'readwrite');
  return new Promise((resolve, reject) => {
    const store = transaction.objectStore('meta');
    store.put({ key: PROBE_KEY, value: { at: Date.now() } });
    store.delete(PROBE_KEY);
    transaction.oncomplete = () => {
      resolve(true);
    };
    transaction.onabort = () => {
      if (isStorageFullError(transaction.error)) resolve(false);
      else reject(transaction.error ?? new Error('The storage check was aborted.'));
    };
  });
}

/** The read-only state of one database. Get it with {@link storageStatus}. */
export class StorageStatus {
  private state: StorageState = { full: false, checking: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Dexie) {}

  get full(): boolean {
    return this.state.full;
  }

  readonly snapshot = (): StorageState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(next: StorageState): void {
    if (next.full === this.state.full && next.checking === this.state.checking) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  /** A write failed for lack of space: from now on the app is read-only. */
  markFull(): void {
    this.set({ ...this.state, full: true });
  }

  /**
   * Probes whether writes can be kept and sets the state from the answer; resolves to
   * whether storage is writable. A probe that fails for another reason leaves it as is.
   */
  async recheck(): Promise<boolean> {
    this.set({ ...this.state, checking: true });
    try {
      const writable = await probeWritable(this.db);
      this.set({ full: !writable, checking: false });
      return writable;
    } catch (error) {
      this.set({ ...this.state, checking: false });
      throw error;
    }
  }
}

const statuses = new WeakMap<Dexie, StorageStatus>();

/** The storage status of `db` (one per database). */
export function storageStatus(db: Dexie): StorageStatus {
  let status = statuses.get(db);
  if (!status) {
    status = new StorageStatus(db);
    statuses.set(db, status);
  }
  return status;
}

/** Refuses writes while full; marks full when a write transaction aborts for lack of space. */
function readOnlyMiddleware(status: StorageStatus): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'storage-full',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        // Dexie's IndexedDB core hands out the IDBTransaction itself, as its own cache
        // middleware relies on; anything else simply is not watched.
        const watched = transaction as Partial<IDBTransaction>;
        if (mode === 'readwrite' && typeof watched.addEventListener === 'function') {
          watched.addEventListener('abort', () => {
            if (isStorageFullError(watched.error)) status.markFull();
          });
        }
        return transaction;
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            if (status.full) throw new StorageFullError();
            try {
              return await table.mutate(request);
            } catch (error) {
              // Some engines refuse the request itself rather than the commit.
              if (isStorageFullError(error)) status.markFull();
              throw error;
            }
          },
        };
      },
    }),
  };
}

/** Installs the read-only guard on a database; call once, before it opens. */
export function guardStorage(db: Dexie): void {
  db.use(readOnlyMiddleware(storageStatus(db)));
}
