// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { setApplicationStatus } from '../../../../renderer/src/db/applications-repo';
import {
  RoleSummariesFeed,
  SUMMARY_MINUTE_MS,
  inTitleOrder,
} from '../../../../renderer/src/db/role-summaries-feed';
import { listRoleSummaries, type RoleSummary } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { freshDb } from './test-db';

let db: ShortlistDb;
const unsubscribes: (() => void)[] = [];

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
});
afterEach(async () => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  await db.delete();
});

function watch(feed: RoleSummariesFeed): () => void {
  const unsubscribe = feed.subscribe(() => undefined);
  unsubscribes.push(unsubscribe);
  return unsubscribe;
}

describe('RoleSummariesFeed', () => {
  it('reads the rows once subscribed, as listRoleSummaries does', async () => {
    const feed = new RoleSummariesFeed(db);
    expect(feed.snapshot()).toBeUndefined();
    watch(feed);
    await vi.waitFor(() => {
      expect(feed.snapshot()).toHaveLength(SAMPLE_ROLES.length);
    });
    expect(feed.snapshot()).toEqual(inTitleOrder(await listRoleSummaries(db)));
  });

  it('orders rows as the table sorts titles: lower-cased, equal titles as they came', () => {
    const row = (id: string, title: string) => ({ id, title }) as RoleSummary;
    const rows = [row('1', 'b'), row('2', 'B'), row('3', 'a'), row('4', 'C'), row('5', 'b')];
    expect(inTitleOrder(rows).map((one) => one.id)).toEqual(['3', '1', '2', '5', '4']);
  });

  it('follows writes while no screen shows it, so the next visit has current rows at once', async () => {
    const feed = new RoleSummariesFeed(db);
    const leave = watch(feed);
    await vi.waitFor(() => {
      expect(feed.snapshot()).toBeDefined();
    });
    leave();
    const roleId = feed.snapshot()?.[0]?.id ?? '';
    const application = await getCurrentApplication(db, roleId);
    const changed = await setApplicationStatus(db, application?.id ?? '', 'offer');
    expect(changed.ok).toBe(true);
    await vi.waitFor(() => {
      expect(feed.snapshot()?.find((row) => row.id === roleId)?.status).toBe('offer');
    });
    // Coming back: the rows are there before any read.
    watch(feed);
    expect(feed.snapshot()?.find((row) => row.id === roleId)?.status).toBe('offer');
  });

  it('moves "now" on when a screen comes back a minute or more later', async () => {
    let now = Date.UTC(2026, 0, 1);
    const feed = new RoleSummariesFeed(db, () => now);
    const read = vi.spyOn(db.roles, 'where');
    const leave = watch(feed);
    await vi.waitFor(() => {
      expect(feed.snapshot()).toBeDefined();
    });
    leave();
    const reads = read.mock.calls.length;
    watch(feed)();
    expect(read.mock.calls.length).toBe(reads);
    now += SUMMARY_MINUTE_MS;
    const first = feed.snapshot();
    watch(feed);
    // The last rows stay shown while the query with the new "now" runs.
    expect(feed.snapshot()).toBe(first);
    await vi.waitFor(() => {
      expect(read.mock.calls.length).toBeGreaterThan(reads);
    });
  });
});
