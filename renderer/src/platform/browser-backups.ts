/**
 * Automatic backups in the browser build. A browser has no data folder, so they are
 * kept in their own IndexedDB database, `shortlist-backups`, apart from the app's data:
 * a restore, a schema upgrade or a broken app database never touches them. Rotating,
 * like the desktop app's: the newest {@link KEEP_BROWSER_BACKUPS} are kept.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  AutoBackupEntry,
  AutoBackupReason,
  BackupInfo,
  OpenedFile,
} from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';

/** How many automatic backups are kept, as on the desktop. */
export const KEEP_BROWSER_BACKUPS = 14;
/** The database name. Changing it would orphan every browser user's backups. */
export const BACKUPS_DB_NAME = 'shortlist-backups';
/** What Settings and About show as the place backups are kept. */
export const BROWSER_BACKUPS_FOLDER = `This browser's IndexedDB (${BACKUPS_DB_NAME})`;

/** One stored backup: when, why, and the backup file's text. */
export interface StoredBackup {
  id: number;
  at: number;
  reason: AutoBackupReason;
  content: string;
}

/** A backup without its (possibly large) text, for listing. */
export type StoredBackupSummary = Omit<StoredBackup, 'content'> & {
  name: string;
  chars: number;
  /** The size in UTF-8 bytes, as the backup would take as a file. */
  bytes: number;
};

type BackupsDb = Dexie & { backups: EntityTable<StoredBackup, 'id'> };

function openBackupsDb(name: string): BackupsDb {
  const db = new Dexie(name) as BackupsDb;
  // Version 1 ships: never edit it; a change is a new version.
  db.version(1).stores({ backups: '++id, at' });
  return db;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The name a backup would have as a file, like the desktop's (UTC). */
export function browserBackupName(at: number, reason: AutoBackupReason): string {
  const d = new Date(at);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return `shortlist-${date}-${time}-${reason}.json`;
}

/** The size of `text` in UTF-8 bytes, what the backup would take as a file. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const inner: unknown = error instanceof Dexie.DexieError ? error.inner : null;
  return (
    name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}

/** The browser's automatic-backup store. `name` is for tests. */
export function createBrowserBackups(name: string = BACKUPS_DB_NAME) {
  let db: BackupsDb | null = null;
  const backups = (): BackupsDb['backups'] => (db ??= openBackupsDb(name)).backups;

  /** Adds a backup and deletes all but the newest 14, in one transaction. */
  async function writeAutoBackup(
    reason: AutoBackupReason,
    content: string,
    now: number = Date.now(),
  ): Promise<IpcResult<{ path: string }>> {
    try {
      const table = backups();
      await table.db.transaction('rw', table, async () => {
        const id = await table.add({ at: now, reason, content });
        // Newest first by time, then by id (two in the same millisecond); the one just
        // added is always kept, even if the clock went back.
        const all = await table.toArray();
        const older = all
          .filter((b) => b.id !== id)
          .sort((a, b) => b.at - a.at || b.id - a.id)
          .slice(KEEP_BROWSER_BACKUPS - 1);
        await table.bulkDelete(older.map((b) => b.id));
      });
      return ok({ path: `${BACKUPS_DB_NAME}/${browserBackupName(now, reason)}` });
    } catch (error) {
      return fail(
        isQuotaError(error)
          ? 'The automatic backup was not kept: this browser has no storage space left for it.'
          : 'The automatic backup could not be stored in this browser.',
      );
    }
  }

  /** Where backups are kept, how many there are and when the newest was taken. */
  async function getBackupInfo(): Promise<IpcResult<BackupInfo>> {
    try {
      const table = backups();
      const count = await table.count();
      const latest = await table.orderBy('at').last();
      return ok({ folder: BROWSER_BACKUPS_FOLDER, count, latestAt: latest?.at ?? null });
    } catch {
      return fail('This browser did not let Shortlist read its automatic backups.');
    }
  }

  /** The kept backups, newest first, without their text. */
  async function listBackups(): Promise<StoredBackupSummary[]> {
    const summaries: StoredBackupSummary[] = [];
    // each() streams rows, so listing never holds 14 full backups in memory at once.
    await backups().each((b) => {
      const { content, ...rest } = b;
      summaries.push({
        ...rest,
        name: browserBackupName(b.at, b.reason),
        chars: content.length,
        bytes: utf8Bytes(content),
      });
    });
    return summaries.sort((a, b) => b.at - a.at || b.id - a.id);
  }

  /** One kept backup's text, or null if it has been rotated away. */
  async function readBackup(id: number): Promise<string | null> {
    return (await backups().get(id))?.content ?? null;
  }

  /** The Platform's list: newest first, ids as strings, sizes in UTF-8 bytes. */
  async function listAutoBackups(): Promise<IpcResult<AutoBackupEntry[]>> {
    try {
      const list = await listBackups();
      return ok(list.map((b) => ({ id: String(b.id), at: b.at, reason: b.reason, size: b.bytes })));
    } catch {
      return fail('This browser did not let Shortlist read its automatic backups.');
    }
  }

  /** The Platform's read: one backup as a file named like the desktop's. */
  async function readAutoBackup(id: string): Promise<IpcResult<OpenedFile>> {
    if (!/^[1-9]\d{0,15}$/.test(id))
      return fail('That is not one of Shortlist’s automatic backups.');
    try {
      const stored = await backups().get(Number(id));
      if (!stored) return fail('That automatic backup is no longer kept. Choose another.');
      return ok({
        name: browserBackupName(stored.at, stored.reason),
        content: stored.content,
        size: utf8Bytes(stored.content),
      });
    } catch {
      return fail('This browser did not let Shortlist read that automatic backup.');
    }
  }

  /** Closes the database (tests, and before deleting it). */
  function close(): void {
    db?.close();
    db = null;
  }

  return {
    writeAutoBackup,
    getBackupInfo,
    listBackups,
    readBackup,
    listAutoBackups,
    readAutoBackup,
    close,
  };
}

/** The store the browser platform uses. */
export type BrowserBackups = ReturnType<typeof createBrowserBackups>;
