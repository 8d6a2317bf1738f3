/**
 * Storage that fills up, on fake-indexeddb, failing the way Chromium does: while full, a
 * transaction that put or added anything is aborted with a QuotaExceededError when it
 * would commit (its requests themselves succeed), and rolled back. Reading and
 * transactions that write nothing go on. Also records the write transactions opened, to
 * check that something only reads: install it before the database opens, as Dexie binds
 * IndexedDB's transaction() then. Uses the globals 'fake-indexeddb/auto' installs.
 */
import { vi } from 'vitest';

interface Operation {
  operation: () => unknown;
  source: unknown;
}

/** The internals of fake-indexeddb's transaction this relies on. */
interface Internals {
  mode: IDBTransactionMode;
  _state: string;
  _requests: { request: { readyState: string } }[];
  // Properties, not methods: they are taken off the prototype and called with `this`.
  _execRequestAsync: (this: Internals, obj: Operation) => unknown;
  _start: (this: Internals) => void;
  _abort: (this: Internals, errName: string | null) => void;
}

interface Database {
  transaction: (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) => IDBTransaction;
}

export function fakeStorage() {
  let full = false;
  const wrote = new WeakSet<object>();
  const writeTransactions: string[][] = [];
  const proto = IDBTransaction.prototype as unknown as Internals;
  const exec = proto._execRequestAsync;
  const start = proto._start;
  vi.spyOn(proto, '_execRequestAsync').mockImplementation(function (this: Internals, obj) {
    // fake-indexeddb binds the store's storeRecord for put and add.
    if (obj.operation.name === 'bound storeRecord') wrote.add(this);
    return exec.call(this, obj);
  });
  vi.spyOn(proto, '_start').mockImplementation(function (this: Internals) {
    const pending = this._requests.some((r) => r.request.readyState !== 'done');
    // The moment fake-indexeddb would commit: refuse it, as a browser out of quota does.
    if (full && !pending && this._state !== 'finished' && wrote.has(this)) {
      this._abort('QuotaExceededError');
      return;
    }
    start.call(this);
  });
  const database = IDBDatabase.prototype as unknown as Database;
  const open = database.transaction;
  vi.spyOn(database, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const [stores, mode] = args;
    if (mode === 'readwrite') writeTransactions.push([stores].flat().map(String));
    return open.apply(this, args);
  });
  return {
    fill(): void {
      full = true;
    },
    free(): void {
      full = false;
    },
    /** The store names of each write transaction opened since the last reset. */
    writeTransactions,
    reset(): void {
      writeTransactions.length = 0;
    },
  };
}
