/**
 * Keeps the daily automatic backup daily while the app stays open: a first check a
 * moment after the app shows (so it never delays start-up), then every hour and
 * whenever the window is shown again. Each check writes a backup only when the newest
 * is a day old, so checking often costs one small request. One check runs at a time.
 * It never blocks: a failure is logged and shown once (until a backup succeeds) as a
 * quiet notice; a platform without automatic backups is not a failure.
 */
import { useEffect, useRef } from 'react';
import { runDailyBackup } from '../../db/backup/auto-backup';
import type { ShortlistDb } from '../../db/db';
import { useDb } from '../../db/db-context';
import { storageStatus } from '../../db/storage-status';
import { usePlatform } from '../../platform';
import { useNotify } from '../../components/notices';

/** Long enough for the first screen to paint and settle. */
export const DAILY_BACKUP_DELAY_MS = 2000;
/** How often an open app looks again whether a day has passed. */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Databases with a check under way: shared, so two mounts never overlap either. */
const running = new WeakSet<ShortlistDb>();

export function useDailyBackup(onWritten: () => void): void {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();
  // The latest callback, so a new one each render does not restart the timers.
  const written = useRef(onWritten);
  useEffect(() => {
    written.current = onWritten;
  });
  // Said once per run of failures (or of unavailability), not every hour.
  const told = useRef<'failed' | 'unavailable' | null>(null);

  useEffect(() => {
    let active = true;
    const check = async () => {
      // Read-only while storage is full: a backup kept in this browser, or on a disk that
      // is full, could not be written, and the banner already says what to do.
      if (!active || running.has(db) || storageStatus(db).full) return;
      running.add(db);
      try {
        const app = await platform.getAppInfo().catch(() => null);
        const appVersion = app?.ok ? app.value.version : '';
        const outcome = await runDailyBackup(db, platform, { appVersion });
        if (outcome.status === 'written') {
          told.current = null;
          written.current();
        } else if (outcome.status === 'unavailable' && told.current !== 'unavailable') {
          told.current = 'unavailable';
          console.info(`Automatic backups are not available: ${outcome.error}`);
        } else if (outcome.status === 'failed') {
          console.warn(`The daily automatic backup failed: ${outcome.error}`);
          if (told.current !== 'failed') {
            notify(`Today's automatic backup could not be made (${outcome.error}).`, 'info');
          }
          told.current = 'failed';
        }
      } finally {
        running.delete(db);
      }
    };
    const first = setTimeout(() => void check(), DAILY_BACKUP_DELAY_MS);
    const hourly = setInterval(() => void check(), DAILY_BACKUP_CHECK_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      clearTimeout(first);
      clearInterval(hourly);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [db, platform, notify]);
}
