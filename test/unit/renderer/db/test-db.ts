/** A fresh, uniquely named database on fake-indexeddb for each test. */
// Test files import 'fake-indexeddb/auto' first, before Dexie loads.
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';

export function freshDb(): ShortlistDb {
  return openShortlistDb(`shortlist-test-${crypto.randomUUID()}`);
}
