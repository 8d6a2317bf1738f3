/** A fresh, uniquely named database on fake-indexeddb for each test. */
import 'fake-indexeddb/auto';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';

export function freshDb(): ShortlistDb {
  return openShortlistDb(`shortlist-test-${crypto.randomUUID()}`);
}
