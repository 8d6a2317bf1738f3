/**
 * The Roles table's rows, kept warm for good (see warm-feed.ts): the Roles table is the
 * screen people come back to most, so its query never stops.
 */
import { useSyncExternalStore } from 'react';
import type { ShortlistDb } from './db';
import { listRoleSummaries, type RoleSummary } from './roles-repo';
import { feedPerDb, FEED_MINUTE_MS, WarmLiveFeed } from './warm-feed';

/** How often "now" moves on for the next-interview column while the screen shows. */
export const SUMMARY_MINUTE_MS = FEED_MINUTE_MS;

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

export class RoleSummariesFeed extends WarmLiveFeed<RoleSummary[]> {
  constructor(db: ShortlistDb, clock: () => number = Date.now) {
    super(async (now) => inTitleOrder(await listRoleSummaries(db, now)), clock);
  }
}

/** The database's feed, created on first use and kept for the page's life. */
export const roleSummariesFeed = feedPerDb((db: ShortlistDb) => new RoleSummariesFeed(db));

/**
 * The Roles table's rows (roles not archived), live and kept warm between visits;
 * `undefined` while the first read runs.
 */
export function useRoleSummariesFeed(db: ShortlistDb): RoleSummary[] | undefined {
  const feed = roleSummariesFeed(db);
  return useSyncExternalStore(feed.subscribe, feed.snapshot);
}
