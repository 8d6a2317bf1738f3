/**
 * Starts the daily automatic backup once per database, a moment after the app first
 * shows, so it never delays start-up. It never blocks: a failure is logged and shown
 * once as a quiet notice; a platform without automatic backups is not a failure.
 */
import { useEffect, useRef } from 'react';
import { runDailyBackup } from '../../db/backup/auto-backup';
import type { ShortlistDb } from '../../db/db';
import { useDb } from '../../db/db-context';
import { usePlatform } from '../../platform';
import { useNotify } from '../../app/notices';

/** Long enough for the first screen to paint and settle. */
export const DAILY_BACKUP_DELAY_MS = 2000;

const started = new WeakSet<ShortlistDb>();

export function useDailyBackup(onWritten: () => void): void {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();
  // The latest callback, so a new one each render does not restart the timer.
  const written = useRef(onWritten);
  useEffect(() => {
    written.current = onWritten;
  });

  useEffect(() => {
    if (started.has(db)) return;
    const timer = setTimeout(() => {
      // Marked when it starts, not when scheduled: StrictMode's remount must not skip it.
      if (started.has(db)) return;
      started.add(db);
      void platform.getAppInfo().then(async (app) => {
        const appVersion = app.ok ? app.value.version : '';
        const outcome = await runDailyBackup(db, platform, { appVersion });
        if (outcome.status === 'written') written.current();
        if (outcome.status === 'unavailable') {
          console.info(`Automatic backups are not available: ${outcome.error}`);
        }
        if (outcome.status === 'failed') {
          console.warn(`The daily automatic backup failed: ${outcome.error}`);
          notify(`Today's automatic backup could not be made (${outcome.error}).`, 'info');
        }
      });
    }, DAILY_BACKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [db, platform, notify]);
}
