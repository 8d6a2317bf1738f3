/**
 * Back Up: the whole database as one dexie-export-import file, with a `shortlist`
 * header that records the app and data versions. dexie-export-import's own importer
 * still reads the file (it ignores the extra key), so the format stays standard.
 */
import type Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { DB_NAME } from '../db';
import type { BackupHeader } from './backup-format';
import { sealBackup } from './backup-checksum';

/** How far a long backup or restore has come, in rows. */
export interface BackupProgress {
  done: number;
  total: number;
}

export interface CreateBackupOptions {
  appVersion: string;
  now?: number;
  onProgress?: (progress: BackupProgress) => void;
}

/**
 * Exports every table of `db` (open or not; typed or opened without a schema) as backup
 * text. The file always names the Shortlist database, whatever `db` is called, so a
 * backup of a test or an old copy restores like any other.
 */
export async function createBackupText(db: Dexie, options: CreateBackupOptions): Promise<string> {
  const { appVersion, now = Date.now(), onProgress } = options;
  if (!db.isOpen()) await db.open();
  const blob = await exportDB(db, {
    progressCallback: (progress) => {
      onProgress?.({ done: progress.completedRows, total: progress.totalRows ?? 0 });
      return true;
    },
  });
  const text = await blob.text();
  // verno is IndexedDB's version over ten: 1.1 for a version 1 schema Dexie patched in
  // place. The schema version is the whole part.
  const header: BackupHeader = { appVersion, schemaVersion: Math.floor(db.verno), createdAt: now };
  return sealBackup(withHeader(text, db.name, header));
}

/**
 * The export with the header added (its checksum still blank, for {@link sealBackup})
 * and the database name set to Shortlist's.
 */
function withHeader(text: string, exportedName: string, fields: BackupHeader): string {
  const header = { ...fields, sha256: '' };
  // exportDB writes this exact opening; splicing the text avoids parsing a large file.
  const opening = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":${JSON.stringify(exportedName)},`;
  const start = `{"formatName":"dexie","formatVersion":1,"shortlist":${JSON.stringify(header)},"data":{"databaseName":${JSON.stringify(DB_NAME)},`;
  if (text.startsWith(opening)) return start + text.slice(opening.length);
  // A future exporter that writes differently: take the slow, sure way.
  const parsed = JSON.parse(text) as { formatName: string; formatVersion: number; data: object };
  return JSON.stringify({
    formatName: parsed.formatName,
    formatVersion: parsed.formatVersion,
    shortlist: header,
    data: { ...parsed.data, databaseName: DB_NAME },
  });
}

/** `shortlist-backup-YYYY-MM-DD.json`, in local time. */
export function backupFileName(now: number = Date.now()): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `shortlist-backup-${day}.json`;
}
