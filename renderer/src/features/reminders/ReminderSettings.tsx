/**
 * The reminders' opt-in and lead time, on the Agenda. Nothing is ever shown before the
 * user ticks the box; in the browser, ticking it asks for the browser's permission. The
 * lead time also sets the alarm written into calendar (.ics) exports.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import {
  REMINDER_LEADS,
  REMINDER_LEAD_LABELS,
  type ReminderLead,
  type ReminderSettings as Settings,
} from '../../../../shared/domain/reminders';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { loadReminderSettings, saveReminderSettings } from '../../db/reminders-repo';
import { usePlatform } from '../../platform';
import type { NotificationAccess } from '../../platform/types';

const REFUSED: Partial<Record<NotificationAccess, string>> = {
  denied:
    'Your browser blocks notifications from Shortlist. Allow them in the site settings (the icon left of the address), then turn reminders on again.',
  default: 'Notifications were not allowed, so reminders stay off.',
  unsupported: 'This browser cannot show notifications, so reminders stay off.',
};

function hint(settings: Settings): string {
  if (!settings.enabled) {
    return 'Off: no notifications. Calendar files you export still get an alarm at the time chosen here.';
  }
  if (settings.lead === 'none')
    return 'On, but with “No reminder” nothing is shown. Choose a time.';
  return `A notification ${REMINDER_LEAD_LABELS[settings.lead]} each interview and follow-up (follow-ups count from 9:00 on their due day); calendar files you export get the same alarm.`;
}

export function ReminderSettings() {
  const db = useDb();
  const platform = usePlatform();
  const notify = useNotify();
  const settings = useLiveQuery(() => loadReminderSettings(db), [db]);
  const [problem, setProblem] = useState('');
  // The box follows the click at once while the permission prompt and save run.
  const [pending, setPending] = useState<boolean | null>(null);
  const titleId = useId();
  const leadId = useId();
  if (settings === undefined) return null;

  const save = async (next: Settings) => {
    const saved = await saveReminderSettings(db, next);
    if (!saved.ok) notify(saved.error, 'error');
  };

  const turn = async (on: boolean) => {
    setProblem('');
    if (!on) {
      await save({ enabled: false, lead: settings.lead });
      return;
    }
    const access = await platform.requestNotificationAccess();
    if (access !== 'granted') {
      setProblem(REFUSED[access] ?? '');
      return;
    }
    // Turning reminders on with "No reminder" would show nothing: start from 1 hour.
    const lead = settings.lead === 'none' ? '1h' : settings.lead;
    await save({ enabled: true, lead, optedInAt: Date.now() });
  };

  const toggle = (on: boolean) => {
    setPending(on);
    turn(on)
      .catch((error: unknown) => {
        notify(
          `Reminders could not be changed: ${error instanceof Error ? error.message : String(error)}`,
          'error',
        );
      })
      .finally(() => {
        setPending(null);
      });
  };

  const revoked = settings.enabled && platform.notificationAccess() !== 'granted';
  const warning = problem || (revoked ? (REFUSED[platform.notificationAccess()] ?? '') : '');

  return (
    <section className="reminder-settings" aria-labelledby={titleId}>
      <h2 id={titleId} className="reminder-settings-title">
        Reminders
      </h2>
      <label className="reminder-opt-in">
        <input
          type="checkbox"
          checked={pending ?? settings.enabled}
          aria-describedby={`${titleId}-hint`}
          aria-busy={pending !== null || undefined}
          onChange={(event) => {
            if (pending === null) toggle(event.currentTarget.checked);
          }}
        />
        Notify me before interviews and follow-ups
      </label>
      <span className="reminder-lead">
        <label htmlFor={leadId}>Remind me</label>
        <select
          id={leadId}
          className="select"
          value={settings.lead}
          onChange={(event) =>
            void save({ ...settings, lead: event.currentTarget.value as ReminderLead })
          }
        >
          {REMINDER_LEADS.map((lead) => (
            <option key={lead} value={lead}>
              {REMINDER_LEAD_LABELS[lead]}
            </option>
          ))}
        </select>
      </span>
      <p id={`${titleId}-hint`} className="reminder-hint">
        {hint(settings)}
      </p>
      {warning && (
        <p role="alert" className="reminder-warning">
          {warning}
        </p>
      )}
    </section>
  );
}
