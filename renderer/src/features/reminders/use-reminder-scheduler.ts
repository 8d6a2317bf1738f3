/**
 * Runs the reminders while the app is open: whenever the interviews, follow-ups or
 * settings change (live queries) and whenever the next reminder falls due (one timer),
 * it shows what is due through the platform and collects what was missed while the
 * app was closed. Each reminder is claimed in the database before it is shown, so it
 * shows once, even with two windows open.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { reminderMessage } from '../../../../shared/domain/reminder-text';
import { planReminders, type Reminder } from '../../../../shared/domain/reminders';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import type { ShortlistDb } from '../../db/db';
import {
  claimReminders,
  listReminderSources,
  loadReminderSettings,
  loadShownReminders,
} from '../../db/reminders-repo';
import { usePlatform } from '../../platform';

/** setTimeout's longest delay (about 24.8 days); a later reminder is re-planned then. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Claims in the database; when it cannot be written (storage full), claims for this
 * session only, so a reminder still shows once while the app stays open.
 */
async function claim(
  db: ShortlistDb,
  session: Set<string>,
  keys: readonly string[],
  now: number,
): Promise<Set<string>> {
  const fresh = keys.filter((key) => !session.has(key));
  let claimed: readonly string[];
  try {
    claimed = await claimReminders(db, fresh, now);
  } catch {
    claimed = fresh;
  }
  for (const key of fresh) session.add(key);
  return new Set(claimed);
}

export interface ReminderScheduler {
  /** Reminders whose time passed while the app was closed, to list once. */
  missed: Reminder[];
  dismissMissed: () => void;
}

export function useReminderScheduler(): ReminderScheduler {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();
  const settings = useLiveQuery(() => loadReminderSettings(db), [db]);
  const enabled = settings?.enabled === true;
  // Read only while reminders are on: off, nothing watches the interviews and follow-ups.
  const sources = useLiveQuery(
    () => (enabled ? listReminderSources(db, Date.now()) : undefined),
    [db, enabled],
  );
  const [wake, setWake] = useState(0);
  const [missed, setMissed] = useState<Reminder[]>([]);
  const session = useRef(new Set<string>());

  useEffect(() => {
    if (!settings?.enabled || sources === undefined) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const now = Date.now();
      const shown = await loadShownReminders(db);
      for (const key of session.current) shown.add(key);
      const plan = planReminders(sources, { settings, now, shown });
      const waiting = [...plan.due, ...plan.missed];
      const claimed = await claim(
        db,
        session.current,
        waiting.map((r) => r.key),
        now,
      );
      // Claimed reminders are shown even if this run was superseded: nobody else will.
      const newlyMissed = plan.missed.filter((r) => claimed.has(r.key));
      if (newlyMissed.length > 0) setMissed((current) => [...current, ...newlyMissed]);
      const failures: string[] = [];
      for (const reminder of plan.due.filter((r) => claimed.has(r.key))) {
        const shownNow = await platform.showNotification(reminderMessage(reminder, now));
        if (!shownNow.ok) failures.push(shownNow.error);
      }
      if (failures[0] !== undefined)
        notify(`A reminder could not be shown: ${failures[0]}`, 'error');
      if (cancelled || plan.nextAt === null) return;
      const delay = Math.min(Math.max(plan.nextAt - Date.now(), 0), MAX_DELAY_MS);
      timer = setTimeout(() => {
        setWake((count) => count + 1);
      }, delay);
    };
    run().catch((error: unknown) => {
      notify(
        `Reminders could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, platform, notify, settings, sources, wake]);

  const dismissMissed = useCallback(() => {
    setMissed([]);
  }, []);
  return { missed, dismissMissed };
}
