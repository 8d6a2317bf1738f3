/**
 * What a restore would change, table by table: rows the backup adds, rows it removes and
 * rows it holds in another state (a changed status, a tick, an edited note), so the
 * applicant sees what a restore undoes, not only how many records there are.
 */
import type { ShortlistDb } from '../db';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTable } from './backup-format';
import type { ValidBackup } from './validate-backup';

/** Row differences between the database now and a backup, for one table. */
export interface TableChanges {
  added: number;
  removed: number;
  changed: number;
}

/** JSON with object keys sorted, so two equal records compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, child: unknown) => {
    if (child === null || typeof child !== 'object' || Array.isArray(child)) return child;
    const entries = Object.entries(child as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

function keyOf(row: unknown, table: BackupTable): string {
  return String((row as Record<string, unknown>)[PRIMARY_KEYS[table]]);
}

/** Compares one table's rows now with the backup's, by primary key. */
export function compareRows(
  table: BackupTable,
  now: readonly unknown[],
  backup: readonly unknown[],
): TableChanges {
  const current = new Map(now.map((row) => [keyOf(row, table), row]));
  const changes: TableChanges = { added: 0, removed: 0, changed: 0 };
  for (const row of backup) {
    const key = keyOf(row, table);
    const existing = current.get(key);
    if (existing === undefined) changes.added += 1;
    else if (canonical(existing) !== canonical(row)) changes.changed += 1;
    current.delete(key);
  }
  changes.removed = current.size;
  return changes;
}

/** Per table, what restoring `backup` would add, remove and change. Reads only. */
export async function diffWithBackup(
  db: ShortlistDb,
  backup: ValidBackup,
): Promise<Record<BackupTable, TableChanges>> {
  const rows = await db.transaction('r', db.tables, () =>
    Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray())),
  );
  return Object.fromEntries(
    BACKUP_TABLES.map((name, index) => [
      name,
      compareRows(name, rows[index] ?? [], backup.rows[name]),
    ]),
  ) as Record<BackupTable, TableChanges>;
}
