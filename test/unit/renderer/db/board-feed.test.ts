// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardCardsFeed } from '../../../../renderer/src/db/board-feed';
import { setApplicationStatus } from '../../../../renderer/src/db/applications-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 3, 10);

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

/** Resolves once `check` holds for the feed's snapshot after one of its updates. */
function nextUpdate(feed: BoardCardsFeed, check: () => boolean): Promise<() => void> {
  return new Promise((resolve) => {
    const unsubscribe = feed.subscribe(() => {
      if (check()) resolve(unsubscribe);
    });
    if (check()) resolve(unsubscribe);
  });
}

describe('the Board cards feed', () => {
  it('follows writes, and keeps the cards for a visit back soon after', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, NOW);
    const feed = new BoardCardsFeed(db, () => NOW, 60_000);
    expect(feed.snapshot()).toBeUndefined();
    const leave = await nextUpdate(feed, () => feed.snapshot()?.length === 5);

    expectOk(await setApplicationStatus(db, application.id, 'applied', NOW));
    const statusOf = () => feed.snapshot()?.find((card) => card.roleId === roleId)?.status;
    await nextUpdate(feed, () => statusOf() === 'applied');
    leave();
    // Away from the Board: the cards are still there to show at once.
    expect(feed.snapshot()).toHaveLength(5);
  });

  it('stops reading once away long enough, and reads afresh on the next visit', async () => {
    db = freshDb();
    await seededRole(db, NOW);
    const feed = new BoardCardsFeed(db, () => NOW, 0);
    const leave = await nextUpdate(feed, () => feed.snapshot()?.length === 5);
    leave();
    await vi.waitFor(() => {
      expect(feed.snapshot()).toBeUndefined();
    });
    const back = await nextUpdate(feed, () => feed.snapshot()?.length === 5);
    back();
  });
});
