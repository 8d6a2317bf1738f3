/** A fresh, uniquely named database on fake-indexeddb for each test. */
// Test files import 'fake-indexeddb/auto' first, before Dexie loads.
import Dexie from 'dexie';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';
import { declareSchema } from '../../../../renderer/src/db/schema';

export function freshDb(): ShortlistDb {
  return openShortlistDb(`shortlist-test-${crypto.randomUUID()}`);
}

/** A database declared only up to schema `version`, as an older app left it. */
export function openAtVersion(name: string, version: number): ShortlistDb {
  const db = new Dexie(name) as ShortlistDb;
  declareSchema(db, version);
  return db;
}
