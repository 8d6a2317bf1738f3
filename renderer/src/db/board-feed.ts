/**
 * The Board's cards, kept warm (see warm-feed.ts). The Board is visited less than the
 * Roles table, so its query stops KEEP_WARM_MS after the Board is left rather than re-run
 * on every write for the rest of the session.
 */
import { useSyncExternalStore } from 'react';
import type { BoardCard } from '../../../shared/domain/board';
import { listBoardCards } from './board-repo';
import type { ShortlistDb } from './db';
import { feedPerDb, WarmLiveFeed } from './warm-feed';

/** How long the query stays live once the Board is left. */
export const KEEP_WARM_MS = 10 * 60_000;

export class BoardCardsFeed extends WarmLiveFeed<BoardCard[]> {
  constructor(db: ShortlistDb, clock: () => number = Date.now, keepWarmMs = KEEP_WARM_MS) {
    super((now) => listBoardCards(db, now), clock, keepWarmMs);
  }
}

const feedOf = feedPerDb((db: ShortlistDb) => new BoardCardsFeed(db));

/** The Board's cards, live; undefined while the first read runs. */
export function useBoardCards(db: ShortlistDb): BoardCard[] | undefined {
  const feed = feedOf(db);
  return useSyncExternalStore(feed.subscribe, feed.snapshot);
}
