/**
 * Automatic backups, written by the main process into `<data folder>/Backups` as
 * `shortlist-YYYY-MM-DD-HHmmss-<reason>.json` (UTC, so names sort and parse without
 * time-zone surprises) and rotated to the newest {@link KEEP_AUTO_BACKUPS}. Rotation only
 * ever deletes files matching that exact pattern: anything else in the folder (a copy
 * the user made, a note) is left alone.
 */
import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { app } from 'electron';
import { AUTO_BACKUP_NAME_PATTERN } from '../../../shared/ipc/backup-names';
import type {
  AutoBackupEntry,
  AutoBackupReason,
  BackupInfo,
  OpenedFile,
} from '../../../shared/ipc/channels';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { writeFileAtomic } from './atomic-write';
import { readTextFile } from './open-file';

/** How many automatic backups are kept. */
export const KEEP_AUTO_BACKUPS = 14;

const NAME_PATTERN = AUTO_BACKUP_NAME_PATTERN;

/** The folder automatic backups live in. */
export function backupFolder(): string {
  return join(app.getPath('userData'), 'Backups');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The file name of a backup taken at `at` for `reason`. */
export function backupFileName(at: Date, reason: AutoBackupReason): string {
  const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `shortlist-${date}-${time}-${reason}.json`;
}

/** When a backup with this name was taken (ms since the epoch), or null if not ours. */
export function parseBackupFileName(name: string): number | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(at);
  // Refuses impossible dates such as 2026-02-31, which Date.UTC would roll over.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hours > 23) return null;
  if (minutes > 59 || seconds > 59) return null;
  return at;
}

interface BackupFile {
  name: string;
  at: number;
  size: number;
}

/** Our backup files in `folder`, newest first; a missing folder has none. */
async function listBackups(folder: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const at = parseBackupFileName(name);
    if (at === null) continue;
    // Only plain files: a folder or link that happens to match is not ours to delete.
    const info = await lstat(join(folder, name)).catch(() => null);
    if (info?.isFile()) files.push({ name, at, size: info.size });
  }
  return files.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
}

/**
 * Deletes all but the newest `keep` backups in `folder`, never `protect` (the one just
 * written, even if the clock went back). Returns the names deleted.
 */
export async function rotateBackups(
  folder: string,
  keep = KEEP_AUTO_BACKUPS,
  protect?: string,
): Promise<string[]> {
  const files = await listBackups(folder);
  const kept = new Set(files.slice(0, keep).map((f) => f.name));
  if (protect !== undefined && !kept.has(protect)) {
    const oldestKept = files[keep - 1];
    if (oldestKept) kept.delete(oldestKept.name);
    kept.add(protect);
  }
  const deleted: string[] = [];
  for (const file of files) {
    if (kept.has(file.name)) continue;
    try {
      await unlink(join(folder, file.name));
      deleted.push(file.name);
    } catch (error) {
      // A backup that cannot be deleted now is retried at the next rotation.
      console.warn(`Could not delete old backup ${file.name}:`, error);
    }
  }
  return deleted;
}

/** Writes one automatic backup atomically, then rotates. Returns its path. */
export async function writeAutoBackup(
  reason: AutoBackupReason,
  content: string,
  now: Date = new Date(),
): Promise<string> {
  const folder = backupFolder();
  await mkdir(folder, { recursive: true });
  const name = backupFileName(now, reason);
  const path = join(folder, name);
  await writeFileAtomic(path, content);
  await rotateBackups(folder, KEEP_AUTO_BACKUPS, name);
  return path;
}

/** Where backups are, how many there are and when the newest was taken. */
export async function getBackupInfo(): Promise<BackupInfo> {
  const folder = backupFolder();
  const files = await listBackups(folder);
  return { folder, count: files.length, latestAt: files[0]?.at ?? null };
}

/** The reason recorded in a backup's file name (the pattern has already matched). */
function reasonOf(name: string): AutoBackupReason {
  if (name.endsWith('-pre-upgrade.json')) return 'pre-upgrade';
  return name.endsWith('-pre-restore.json') ? 'pre-restore' : 'daily';
}

/** The kept automatic backups, newest first; other files in the folder are not listed. */
export async function listAutoBackups(): Promise<AutoBackupEntry[]> {
  const files = await listBackups(backupFolder());
  return files.map(({ name, at, size }) => ({ id: name, at, reason: reasonOf(name), size }));
}

/**
 * Reads the automatic backup named `id` (a file name from {@link listAutoBackups}). The
 * IPC schema already insists on the pattern; it is checked again here, together with
 * the resolved path staying directly inside the Backups folder, so no caller can make
 * this read anything else. Size limit and BOM handling are those of File → Restore….
 */
export async function readAutoBackup(id: string): Promise<IpcResult<OpenedFile>> {
  const folder = resolve(backupFolder());
  const path = resolve(folder, id);
  if (parseBackupFileName(id) === null || dirname(path) !== folder) {
    return fail('That is not one of Shortlist’s automatic backups.');
  }
  // A link that happens to match the pattern is not a backup Shortlist wrote.
  const info = await lstat(path).catch(() => null);
  if (info !== null && !info.isFile()) {
    return fail(`“${id}” is not an automatic backup file.`);
  }
  return readTextFile(path, 'backup');
}
