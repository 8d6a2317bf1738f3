/**
 * The Board's cards, kept warm. Reading every role, application and upcoming interview
 * takes hundreds of milliseconds at 5,000 roles (most of it IndexedDB), so the live query
 * stays subscribed for a while after the Board unmounts: coming back shows the current
 * cards at once. It still re-runs on every write to those tables, as a mounted screen's
 * would, so it stops after KEEP_WARM_MS away from the Board rather than run forever.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { BoardCard } from '../../../shared/domain/board';
import { listBoardCards } from './board-repo';
import type { ShortlistDb } from './db';

/** How often "now" moves on for the cards' next interview while the Board shows. */
export const BOARD_MINUTE_MS = 60_000;
/** How long the query stays live once the Board is left. */
export const KEEP_WARM_MS = 10 * 60_000;

type Snapshot = BoardCard[] | undefined;

export class BoardCardsFeed {
  private value: Snapshot = undefined;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  /** The `now` the running query reads with. */
  private now = 0;
  private minute: ReturnType<typeof setInterval> | null = null;
  private stopping: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: ShortlistDb,
    private readonly clock: () => number = Date.now,
    private readonly keepWarmMs: number = KEEP_WARM_MS,
  ) {}

  /** The cards as last read (undefined until the first read); throws what the read threw. */
  readonly snapshot = (): Snapshot => {
    if (this.failure) throw this.failure.error;
    return this.value;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.stopping !== null) clearTimeout(this.stopping);
    this.stopping = null;
    // Back after a while away: move "now" on (the cards shown meanwhile are the last read).
    if (!this.subscription || this.clock() - this.now >= BOARD_MINUTE_MS) this.query();
    this.minute ??= setInterval(() => {
      this.query();
    }, BOARD_MINUTE_MS);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      if (this.minute !== null) clearInterval(this.minute);
      this.minute = null;
      this.stopping = setTimeout(() => {
        this.stop();
      }, this.keepWarmMs);
    };
  };

  /** (Re)starts the live query with "now" as it is; the cards shown stay until it answers. */
  private query(): void {
    const now = this.clock();
    this.now = now;
    this.failure = null;
    const previous = this.subscription;
    this.subscription = liveQuery(() => listBoardCards(this.db, now)).subscribe({
      next: (cards) => {
        this.failure = null;
        this.value = cards;
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

  /** Away long enough: no more reads, and the next visit reads afresh. */
  private stop(): void {
    this.stopping = null;
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.value = undefined;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const feeds = new WeakMap<ShortlistDb, BoardCardsFeed>();

function feedOf(db: ShortlistDb): BoardCardsFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new BoardCardsFeed(db);
    feeds.set(db, feed);
  }
  return feed;
}

/** The Board's cards, live; undefined while the first read runs. */
export function useBoardCards(db: ShortlistDb): Snapshot {
  const feed = feedOf(db);
  return useSyncExternalStore(feed.subscribe, feed.snapshot);
}
