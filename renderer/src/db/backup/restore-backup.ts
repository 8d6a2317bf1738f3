/**
 * Restore: replaces every table with a validated backup's rows in ONE transaction, so
 * it is all-or-nothing: if any write fails, IndexedDB aborts the transaction and the
 * database is exactly as it was. Writes go through Dexie's tables, so their hooks (the
 * search index) and live queries see the new data once it commits.
 */
import type { ShortlistDb } from '../db';
import { BACKUP_TABLES, type BackupTable } from './backup-format';
import type { BackupProgress } from './create-backup';
import type { ValidBackup } from './validate-backup';

/** Rows per bulkAdd: small enough to report progress often, big enough to be quick. */
const CHUNK_ROWS = 2000;

/** How many rows each table holds now. */
export async function countRows(db: ShortlistDb): Promise<Record<BackupTable, number>> {
  const counts = await db.transaction('r', db.tables, () =>
    Promise.all(BACKUP_TABLES.map((name) => db.table(name).count())),
  );
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, counts[i] ?? 0])) as Record<
    BackupTable,
    number
  >;
}

function checkTablesMatch(db: ShortlistDb): void {
  const names = db.tables.map((table) => table.name).sort();
  const expected = [...BACKUP_TABLES].sort();
  if (names.join() !== expected.join()) {
    // A schema change that forgot backup-format.ts: restoring would leave a table stale.
    throw new Error(
      `Backup tables (${expected.join()}) differ from the database (${names.join()}).`,
    );
  }
}

/**
 * Replaces all data with the backup's. `onProgress` is called between chunks, inside the
 * transaction: it must be synchronous, and if it throws the restore is undone.
 */
export async function restoreBackup(
  db: ShortlistDb,
  backup: ValidBackup,
  onProgress?: (progress: BackupProgress) => void,
): Promise<void> {
  checkTablesMatch(db);
  const total = BACKUP_TABLES.reduce((sum, name) => sum + backup.rows[name].length, 0);
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) await db.table(name).clear();
    let done = 0;
    onProgress?.({ done, total });
    for (const name of BACKUP_TABLES) {
      const rows = backup.rows[name];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const chunk = rows.slice(start, start + CHUNK_ROWS);
        await db.table(name).bulkAdd(chunk);
        done += chunk.length;
        onProgress?.({ done, total });
      }
    }
  });
}
