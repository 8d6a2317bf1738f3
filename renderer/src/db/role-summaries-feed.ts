/**
 * The Roles table's rows, kept warm. One live query per database stays subscribed after
 * the Roles screen unmounts, so coming back to it shows the current rows at once instead
 * of re-reading every role, application and upcoming interview (~300 ms at 5,000 roles,
 * most of it IndexedDB). The query still re-runs on every write to those tables, as a
 * mounted screen's would; only the minute refresh of "next interview" waits for a screen.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { ShortlistDb } from './db';
import { listRoleSummaries, type RoleSummary } from './roles-repo';

/** How often "now" moves on for the next-interview column while the screen shows. */
export const SUMMARY_MINUTE_MS = 60_000;

type Snapshot = RoleSummary[] | undefined;

/**
 * The rows in the table's first order (title, as its text sort compares: lower-cased,
 * equal titles as they came), sorted here in the background: the table then sorts rows
 * already in order, one comparison a row instead of ~13 (a tenth of a second at 5,000).
 */
export function inTitleOrder(rows: RoleSummary[]): RoleSummary[] {
  const keyed = rows.map((row, at) => ({ row, at, key: row.title.toLowerCase() }));
  keyed.sort((a, b) => (a.key === b.key ? a.at - b.at : a.key > b.key ? 1 : -1));
  return keyed.map((entry) => entry.row);
}

export class RoleSummariesFeed {
  private value: Snapshot = undefined;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  /** The `now` the running query reads with. */
  private now = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly db: ShortlistDb,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The rows as last read (undefined until the first read); throws what the read threw. */
  readonly snapshot = (): Snapshot => {
    if (this.failure) throw this.failure.error;
    return this.value;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    // Back after a while away: move "now" on (the rows shown meanwhile are the last read).
    if (!this.subscription || this.clock() - this.now >= SUMMARY_MINUTE_MS) this.query();
    this.timer ??= setInterval(() => {
      this.query();
    }, SUMMARY_MINUTE_MS);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || this.timer === null) return;
      clearInterval(this.timer);
      this.timer = null;
    };
  };

  /** (Re)starts the live query with "now" as it is; the rows shown stay until it answers. */
  private query(): void {
    const now = this.clock();
    this.now = now;
    this.failure = null;
    const previous = this.subscription;
    this.subscription = liveQuery(async () =>
      inTitleOrder(await listRoleSummaries(this.db, now)),
    ).subscribe({
      next: (rows) => {
        this.failure = null;
        this.value = rows;
        this.emit();
      },
      error: (error: unknown) => {
        // A closed or deleted database, or a bug: the screen shows it; the next visit
        // starts over.
        this.failure = { error };
        this.subscription = null;
        this.emit();
      },
    });
    previous?.unsubscribe();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const feeds = new WeakMap<ShortlistDb, RoleSummariesFeed>();

/** The database's feed, created on first use and kept for the page's life. */
export function roleSummariesFeed(db: ShortlistDb): RoleSummariesFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new RoleSummariesFeed(db);
    feeds.set(db, feed);
  }
  return feed;
}

/**
 * The Roles table's rows (roles not archived), live and kept warm between visits;
 * `undefined` while the first read runs.
 */
export function useRoleSummariesFeed(db: ShortlistDb): RoleSummary[] | undefined {
  const feed = roleSummariesFeed(db);
  return useSyncExternalStore(feed.subscribe, feed.snapshot);
}
