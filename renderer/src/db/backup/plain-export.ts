/**
 * Back up's export, without the general machinery dexie-export-import runs every value
 * through (Typeson, for dates, blobs, NaN…): Shortlist's rows are plain JSON, and that
 * walk was a quarter of Back up's time. The file is the very one exportDB writes (same
 * layout, chunks, table order, type notes and progress; a test holds the two to the
 * same bytes); a row that is not plain JSON makes it answer null, and the caller then
 * uses exportDB itself, which keeps such values.
 */
import Dexie, { type IndexableType, type Table } from 'dexie';
import type { ExportProgress } from 'dexie-export-import';
import { schemaString } from '../read-connection';

/** Rows read per chunk, as exportDB reads them. */
const ROWS_PER_CHUNK = 2000;

/** A key as Typeson writes it in a path: `~` and `.` escaped. */
function pathKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\./g, '~1');
}

/**
 * Checks `value` is plain JSON (strings, booleans, null, finite numbers other than -0,
 * arrays without holes, plain objects) and notes, as Typeson does for exportDB, every
 * array ("arrayNonindexKeys") and every property set to undefined ("undef", written as
 * 0), by path. False for anything else (dates, blobs, NaN…), which exportDB must write.
 */
function noteTypes(value: unknown, path: string, notes: Record<string, string>): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      const at = path === '' ? '' : `${path}.`;
      if (Array.isArray(value)) {
        notes[path] = 'arrayNonindexKeys';
        for (let index = 0; index < value.length; index++) {
          if (!(index in value) || value[index] === undefined) return false;
          if (!noteTypes(value[index], `${at}${String(index)}`, notes)) return false;
        }
        return true;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      const fields = value as Record<string, unknown>;
      for (const key in fields) {
        // Typeson keeps its notes under this name: a row using it would be misread.
        if (key === '$types') return false;
        if (fields[key] === undefined) {
          notes[`${at}${pathKey(key)}`] = 'undef';
          fields[key] = 0;
        } else if (!noteTypes(fields[key], `${at}${pathKey(key)}`, notes)) return false;
      }
      return true;
    }
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      return false;
  }
}

/**
 * `row` as exportDB writes it: with Typeson's notes last, under `$types`, when it has
 * any; null when it holds what plain JSON cannot. (A row read for the export: an
 * undefined property is set to 0 in it, as written.)
 */
export function asExported(row: object): object | null {
  if (Array.isArray(row)) return null;
  const notes: Record<string, string> = {};
  if (!noteTypes(row, '', notes)) return null;
  return Object.keys(notes).length === 0 ? row : { ...row, $types: notes };
}

/** Thrown inside the transaction when a row is not plain JSON: ends it, and the export. */
class NotPlain extends Error {}

/**
 * Exports `db` (every table, in one read transaction) as exportDB would; null when a row
 * holds a value plain JSON cannot. Inline-key tables only (all of Shortlist's).
 */
export async function exportPlainJson(
  db: Dexie,
  progressCallback?: (progress: ExportProgress) => boolean,
): Promise<Blob | null> {
  const tables = db.tables as Table<object, IndexableType>[];
  if (tables.some((table) => !table.schema.primKey.keyPath)) return null;
  const slices: BlobPart[] = [];
  // Outside the transaction, as exportDB calls it: what it does is not part of the read.
  const report = (progress: ExportProgress) => {
    if (progressCallback) Dexie.ignoreTransaction(() => progressCallback(progress));
  };
  try {
    await db.transaction('r', tables, async () => {
      const counts = await Promise.all(tables.map((table) => table.count()));
      const empty = {
        formatName: 'dexie',
        formatVersion: 1,
        data: {
          databaseName: db.name,
          databaseVersion: db.verno,
          tables: tables.map((table, at) => ({
            name: table.name,
            schema: schemaString(table),
            rowCount: counts[at] ?? 0,
          })),
          data: [],
        },
      };
      const progress: ExportProgress = {
        done: false,
        completedRows: 0,
        completedTables: 0,
        totalRows: counts.reduce((sum, count) => sum + count, 0),
        totalTables: tables.length,
      };
      const emptyJson = JSON.stringify(empty);
      const endOfData = emptyJson.lastIndexOf(']');
      slices.push(emptyJson.substring(0, endOfData));
      for (const table of tables) {
        const emptyTable = JSON.stringify({ tableName: table.name, inbound: true, rows: [] });
        const endOfRows = emptyTable.lastIndexOf(']');
        slices.push(emptyTable.substring(0, endOfRows));
        let lastKey: IndexableType | null = null;
        for (;;) {
          report(progress);
          const rows: object[] = await (
            lastKey === null
              ? table.limit(ROWS_PER_CHUNK)
              : table.where(':id').above(lastKey).limit(ROWS_PER_CHUNK)
          ).toArray();
          if (rows.length === 0) break;
          const exported = rows.map(asExported);
          if (exported.includes(null)) throw new NotPlain();
          if (lastKey !== null) slices.push(',');
          const json = JSON.stringify(exported);
          slices.push(new Blob([json.substring(1, json.length - 1)]));
          progress.completedRows += rows.length;
          lastKey = Dexie.getByKeyPath(
            rows[rows.length - 1] as object,
            table.schema.primKey.keyPath ?? '',
          ) as IndexableType;
          if (rows.length < ROWS_PER_CHUNK) break;
        }
        slices.push(emptyTable.substring(endOfRows));
        progress.completedTables += 1;
        if (progress.completedTables < progress.totalTables) slices.push(',');
      }
      slices.push(emptyJson.substring(endOfData));
      progress.done = true;
      report(progress);
    });
  } catch (error) {
    if (error instanceof NotPlain) return null;
    throw error;
  }
  return new Blob(slices, { type: 'text/json' });
}
