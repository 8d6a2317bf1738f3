/**
 * The daily automatic backup: once the app is showing, if the newest automatic backup
 * is a day old (or there is none), write a new one through the platform, which keeps
 * them rotating in the app's data folder. It never blocks or breaks the app: every
 * outcome, failure included, comes back as a value.
 */
import type { Platform } from '../../platform/types';
import type { ShortlistDb } from '../db';
import { createBackupText } from './create-backup';

export const DAILY_BACKUP_MS = 24 * 60 * 60 * 1000;

export type DailyBackupOutcome =
  /** This platform keeps no automatic backups (or cannot say where). */
  | { status: 'unavailable'; error: string }
  | { status: 'recent'; latestAt: number }
  | { status: 'written'; path: string }
  | { status: 'failed'; error: string };

/** Whether a backup taken at `latestAt` is still fresh at `now`. */
export function isBackupDue(latestAt: number | null, now: number): boolean {
  if (latestAt === null) return true;
  const age = now - latestAt;
  // A backup "from the future" means the clock moved: take a new one to be safe.
  return age < 0 || age >= DAILY_BACKUP_MS;
}

export async function runDailyBackup(
  db: ShortlistDb,
  platform: Platform,
  options: { appVersion: string; now?: number },
): Promise<DailyBackupOutcome> {
  const now = options.now ?? Date.now();
  try {
    const info = await platform.getBackupInfo();
    if (!info.ok) return { status: 'unavailable', error: info.error };
    const { latestAt } = info.value;
    if (latestAt !== null && !isBackupDue(latestAt, now)) return { status: 'recent', latestAt };
    const text = await createBackupText(db, { appVersion: options.appVersion, now });
    const written = await platform.writeAutoBackup('daily', text);
    return written.ok
      ? { status: 'written', path: written.value.path }
      : { status: 'failed', error: written.error };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
