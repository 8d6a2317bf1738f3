/**
 * A second connection to the app's database, for reading a great deal at once (Back up
 * now): the same tables in the same order, without the live-query cache, which slowed
 * reading every row by half again. Only read; close it when done. (Export all reads
 * through the app's own connection: there the reads are not what takes the time.)
 */
import Dexie, { type Table } from 'dexie';
import type { ShortlistDb } from './db';

/** A table's schema as declared (and as exportDB records it): primary key, then indexes. */
export function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

export async function openReadConnection(db: Dexie): Promise<ShortlistDb> {
  if (!db.isOpen()) await db.open();
  const plain = new Dexie(db.name, { cache: 'disabled' });
  plain
    .version(db.verno)
    .stores(Object.fromEntries(db.tables.map((table) => [table.name, schemaString(table)])));
  await plain.open();
  // Dexie adds a property for each table it declares: the tables the app's type names.
  return plain as ShortlistDb;
}
