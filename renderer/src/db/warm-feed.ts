/**
 * A live query kept warm between visits to the screen that shows it. Reading every role,
 * application and upcoming interview takes hundreds of milliseconds at 5,000 roles (most
 * of it IndexedDB), so the query stays subscribed after its screen unmounts: coming back
 * shows the current value at once. It still re-runs on every write to the tables it reads,
 * as a mounted screen's query would; only the minute refresh of "now" waits for a screen.
 * With a finite `keepWarmMs` it stops that long after the screen is left, rather than
 * re-run on writes forever.
 */
import { liveQuery, type Subscription } from 'dexie';

/** How often "now" moves on (for next-interview columns) while a screen shows the value. */
export const FEED_MINUTE_MS = 60_000;

export class WarmLiveFeed<T> {
  private value: T | undefined = undefined;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  /** The `now` the running query reads with. */
  private now = 0;
  private minute: ReturnType<typeof setInterval> | null = null;
  private stopping: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** Reads the value as of `now`, inside the live query. */
    private readonly read: (now: number) => Promise<T>,
    private readonly clock: () => number = Date.now,
    /** How long the query stays live once no screen shows it; Infinity: for good. */
    private readonly keepWarmMs: number = Infinity,
  ) {}

  /** The value as last read (undefined until the first read); throws what the read threw. */
  readonly snapshot = (): T | undefined => {
    if (this.failure) throw this.failure.error;
    return this.value;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.stopping !== null) clearTimeout(this.stopping);
    this.stopping = null;
    // Back after a while away: move "now" on (the value shown meanwhile is the last read).
    if (!this.subscription || this.clock() - this.now >= FEED_MINUTE_MS) this.query();
    this.minute ??= setInterval(() => {
      this.query();
    }, FEED_MINUTE_MS);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      if (this.minute !== null) clearInterval(this.minute);
      this.minute = null;
      if (Number.isFinite(this.keepWarmMs)) {
        this.stopping = setTimeout(() => {
          this.stop();
        }, this.keepWarmMs);
      }
    };
  };

  /** (Re)starts the live query with "now" as it is; the value shown stays until it answers. */
  private query(): void {
    const now = this.clock();
    this.now = now;
    this.failure = null;
    const previous = this.subscription;
    this.subscription = liveQuery(() => this.read(now)).subscribe({
      next: (value) => {
        this.failure = null;
        this.value = value;
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

/** One feed per database (and kind), created on first use and kept for the page's life. */
export function feedPerDb<D extends object, F>(create: (db: D) => F): (db: D) => F {
  const feeds = new WeakMap<D, F>();
  return (db) => {
    let feed = feeds.get(db);
    if (!feed) {
      feed = create(db);
      feeds.set(db, feed);
    }
    return feed;
  };
}
