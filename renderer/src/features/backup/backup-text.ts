/** Words and numbers the backup screens show. */
import type { AutoBackupReason } from '../../../../shared/ipc/channels';
import { BACKUP_TABLES, TABLE_LABELS, type BackupTable } from '../../db/backup/backup-format';
import type { TableChanges } from '../../db/backup/restore-diff';

/** Kept in a backup but not counted for people: a posting is part of its role; meta is the app's. */
const NOT_SHOWN: ReadonlySet<BackupTable> = new Set<BackupTable>(['postings', 'meta']);

/** The kinds of record a person recognises, in the order they are shown. */
export const SHOWN_TABLES: readonly BackupTable[] = BACKUP_TABLES.filter(
  (name) => !NOT_SHOWN.has(name),
);

/** A date and time in the user's locale, e.g. "5 Jan 2026, 14:30". */
export function formatBackupDate(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** "5 roles, 3 notes": what a restore brought back, in the words people use. */
export function restoredSummary(counts: Record<BackupTable, number>): string {
  const roles = plural(counts.roles, 'role', 'roles');
  const notes = plural(counts.notes, 'note', 'notes');
  const stages = plural(counts.stages, 'interview stage', 'interview stages');
  return `${roles}, ${stages}, ${notes}`;
}

/** "2 added · 1 removed · 3 changed", or "No change": what a restore does to one table. */
export function changeSummary(changes: TableChanges): string {
  const parts = [
    changes.added > 0 ? `${changes.added.toLocaleString()} added` : '',
    changes.removed > 0 ? `${changes.removed.toLocaleString()} removed` : '',
    changes.changed > 0 ? `${changes.changed.toLocaleString()} changed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'No change';
}

/** A table's label for the counts table, e.g. "Checklist items". */
export function tableLabel(name: BackupTable): string {
  return TABLE_LABELS[name];
}

/** "Daily", "Before upgrade" or "Before restore": why an automatic backup was made. */
export function reasonLabel(reason: AutoBackupReason): string {
  const labels: Record<AutoBackupReason, string> = {
    daily: 'Daily',
    'pre-upgrade': 'Before upgrade',
    'pre-restore': 'Before restore',
  };
  return labels[reason];
}

/** A file size in the user's locale, e.g. "900 bytes", "12.3 kB" or "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString()} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] =
    bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
