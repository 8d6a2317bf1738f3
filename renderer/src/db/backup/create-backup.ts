/**
 * Back Up: the whole database as one dexie-export-import file, with a `shortlist`
 * header that records the app and data versions. dexie-export-import's own importer
 * still reads the file (it ignores the extra key), so the format stays standard.
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { DB_NAME } from '../db';
import type { BackupHeader } from './backup-format';
import { sealBackup } from './backup-checksum';
import { exportPlainJson } from './plain-export';
import { sha256OfBlob } from './sha256-stream';
import { openReadConnection } from '../read-connection';

/** How far a long backup or restore has come, in rows. */
export interface BackupProgress {
  done: number;
  total: number;
}

export interface CreateBackupOptions {
  appVersion: string;
  now?: number;
  onProgress?: (progress: BackupProgress) => void;
  /** Stops the backup between two chunks of rows; it then rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Exports every table of `db` (open or not; typed or opened without a schema) as backup
 * text. The file always names the Shortlist database, whatever `db` is called, so a
 * backup of a test or an old copy restores like any other.
 */
export async function createBackupText(db: Dexie, options: CreateBackupOptions): Promise<string> {
  return (await createBackupBlob(db, options)).text();
}

/**
 * {@link createBackupText} as a Blob, for saving: the export stays in the pieces
 * dexie-export-import wrote it in, the header is put in front of them and the checksum
 * is taken reading them in turn, so the file is never copied whole into a string.
 */
export async function createBackupBlob(db: Dexie, options: CreateBackupOptions): Promise<Blob> {
  const { appVersion, now = Date.now(), onProgress, signal } = options;
  if (!db.isOpen()) await db.open();
  const plain = await openReadConnection(db);
  const progressCallback = (progress: { completedRows: number; totalRows?: number }) => {
    // Thrown here, it rolls back the export's read transaction and rejects the export.
    signal?.throwIfAborted();
    onProgress?.({ done: progress.completedRows, total: progress.totalRows ?? 0 });
    return true;
  };
  // The same file either way; exportDB only when a row holds what plain JSON cannot.
  const blob = await exportPlainJson(plain, progressCallback)
    .then((exported) => exported ?? exportDB(plain, { progressCallback }))
    .finally(() => {
      plain.close();
    });
  // verno is IndexedDB's version over ten: 1.1 for a version 1 schema Dexie patched in
  // place. The schema version is the whole part.
  const header: BackupHeader = { appVersion, schemaVersion: Math.floor(db.verno), createdAt: now };
  const spliced = await withHeaderBlob(blob, db.name, header);
  if (!spliced) return new Blob([await sealBackup(withHeader(await blob.text(), header))]);
  const { start, rest } = spliced;
  const hash = await sha256OfBlob(new Blob([start, rest]), () => signal?.throwIfAborted());
  const sealed = start.replace(BLANK_CHECKSUM, `"sha256":"${hash}"`);
  return new Blob([sealed, rest], { type: 'application/json' });
}

/** The header's checksum before it is known (as backup-checksum.ts blanks it). */
const BLANK_CHECKSUM = '"sha256":""';

/**
 * The new opening (the header with its checksum blank, and Shortlist's database name)
 * and the rest of the export, when the export starts exactly as exportDB writes it:
 * splicing there avoids parsing a large file. Null otherwise.
 */
async function withHeaderBlob(
  blob: Blob,
  exportedName: string,
  fields: BackupHeader,
): Promise<{ start: string; rest: Blob } | null> {
  const opening = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":${JSON.stringify(exportedName)},`;
  const openingBytes = new TextEncoder().encode(opening).length;
  if ((await blob.slice(0, openingBytes).text()) !== opening) return null;
  const header = { ...fields, sha256: '' };
  const start = `{"formatName":"dexie","formatVersion":1,"shortlist":${JSON.stringify(header)},"data":{"databaseName":${JSON.stringify(DB_NAME)},`;
  return { start, rest: blob.slice(openingBytes) };
}

/**
 * A future exporter that writes differently: the slow, sure way, parsing the export and
 * writing it again with the header (checksum blank, for {@link sealBackup}).
 */
function withHeader(text: string, fields: BackupHeader): string {
  const parsed = JSON.parse(text) as { formatName: string; formatVersion: number; data: object };
  return JSON.stringify({
    formatName: parsed.formatName,
    formatVersion: parsed.formatVersion,
    shortlist: { ...fields, sha256: '' },
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
