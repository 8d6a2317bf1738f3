/**
 * Reminder rules: which interviews and follow-ups are reminded of, when, and which of
 * those the app already reminded of. Pure: callers pass `now`, the records and the keys
 * of the reminders already shown (kept in the database so each one shows once, also
 * across windows and restarts).
 */

/** How long before an interview or follow-up its reminder comes. */
export const REMINDER_LEADS = ['none', '15m', '1h', '1d'] as const;
export type ReminderLead = (typeof REMINDER_LEADS)[number];

/** The words each lead time is offered with. */
export const REMINDER_LEAD_LABELS: Readonly<Record<ReminderLead, string>> = {
  none: 'No reminder',
  '15m': '15 minutes before',
  '1h': '1 hour before',
  '1d': '1 day before',
};

const MINUTE_MS = 60_000;
const LEAD_MINUTES: Readonly<Record<ReminderLead, number | null>> = {
  none: null,
  '15m': 15,
  '1h': 60,
  '1d': 24 * 60,
};

/**
 * The lead time in minutes, or null for "no reminder".
 *
 * @param lead - The chosen lead time.
 */
export function leadMinutes(lead: ReminderLead): number | null {
  return LEAD_MINUTES[lead];
}

/** The user's reminder choices, stored as one setting. */
export interface ReminderSettings {
  /** Desktop notifications only after the user opted in. */
  enabled: boolean;
  /** Also the alarm written into calendar (.ics) exports. */
  lead: ReminderLead;
  /** When the user opted in: nothing that happened before is reported as missed. */
  optedInAt?: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: false, lead: '1h' };

/**
 * A follow-up is due on a day (stored as its local midnight); its reminder counts from
 * this hour that day, so "1 hour before" means 08:00 rather than 23:00 the night before.
 */
export const FOLLOW_UP_HOUR = 9;

/**
 * The moment a follow-up due on the local day of `dueDay` counts as due.
 *
 * @param dueDay - Any time on the due day (normally its local midnight).
 */
export function followUpMoment(dueDay: number): number {
  const date = new Date(dueDay);
  date.setHours(FOLLOW_UP_HOUR, 0, 0, 0);
  return date.getTime();
}

/** Something a reminder can be about: an interview, or an application's follow-up. */
export interface ReminderSource {
  kind: 'interview' | 'follow-up';
  /** The stage or application id. */
  id: string;
  roleId: string;
  roleTitle: string;
  /** The interview's name or the follow-up's text. */
  title: string;
  /** When it happens (an interview's start, a follow-up's {@link followUpMoment}). */
  at: number;
}

/** One reminder: a source and when it is due to show. */
export interface Reminder extends ReminderSource {
  /**
   * Names the reminder in the shown-log. It includes the time, so a rescheduled
   * interview or a moved due date is reminded of again, at its new time.
   */
  key: string;
  fireAt: number;
}

/** How far back a reminder missed while the app was closed is still reported. */
export const MISSED_WINDOW_MS = 30 * 24 * 60 * MINUTE_MS;

/**
 * A reminder's key in the shown-log: `kind:id:at`.
 *
 * @param source - What the reminder is about.
 */
export function reminderKey(source: Pick<ReminderSource, 'kind' | 'id' | 'at'>): string {
  return `${source.kind}:${source.id}:${String(source.at)}`;
}

/** The event time a key was made with (NaN for a key not made by {@link reminderKey}). */
function keyTime(key: string): number {
  return Number(key.slice(key.lastIndexOf(':') + 1));
}

/**
 * The reminders for `sources` at `lead` (none for "no reminder" or an invalid time).
 *
 * @param sources - The interviews and follow-ups.
 * @param lead - How long before each one its reminder comes.
 */
export function remindersFor(sources: readonly ReminderSource[], lead: ReminderLead): Reminder[] {
  const minutes = leadMinutes(lead);
  if (minutes === null) return [];
  return sources
    .filter((source) => Number.isFinite(source.at))
    .map((source) => ({
      ...source,
      key: reminderKey(source),
      fireAt: source.at - minutes * MINUTE_MS,
    }))
    .sort((a, b) => a.fireAt - b.fireAt || a.key.localeCompare(b.key));
}

/** What to do now, and when to look again. */
export interface ReminderPlan {
  /** Due and still ahead: show as a notification now. */
  due: Reminder[];
  /** Due, but the event has passed without its reminder shown (the app was closed). */
  missed: Reminder[];
  /** When the next reminder is due, or null when none is waiting. */
  nextAt: number | null;
}

/** What {@link planReminders} needs besides the sources. */
export interface PlanOptions {
  settings: ReminderSettings;
  now: number;
  /** Keys of the reminders already shown. */
  shown: ReadonlySet<string>;
}

/**
 * Sorts the reminders into due now, missed and waiting. Nothing is planned until the
 * user opted in; events from before they opted in, or older than
 * {@link MISSED_WINDOW_MS}, are never reported as missed.
 *
 * @param sources - The interviews and follow-ups, as the database has them now.
 * @param options - Settings, the current time and the shown-log.
 */
export function planReminders(
  sources: readonly ReminderSource[],
  { settings, now, shown }: PlanOptions,
): ReminderPlan {
  const plan: ReminderPlan = { due: [], missed: [], nextAt: null };
  if (!settings.enabled) return plan;
  const since = Math.max(settings.optedInAt ?? now, now - MISSED_WINDOW_MS);
  for (const reminder of remindersFor(sources, settings.lead)) {
    if (shown.has(reminder.key)) continue;
    if (reminder.fireAt > now) {
      plan.nextAt = plan.nextAt === null ? reminder.fireAt : Math.min(plan.nextAt, reminder.fireAt);
    } else if (reminder.at > now) {
      plan.due.push(reminder);
    } else if (reminder.at >= since) {
      plan.missed.push(reminder);
    }
  }
  return plan;
}

/**
 * The shown-log after recording `keys`: old entries (events past the missed window)
 * are dropped, since no plan can report them again, so the log stays small.
 *
 * @param shown - The keys recorded so far.
 * @param keys - The keys to add.
 * @param now - The current time.
 */
export function recordShown(
  shown: readonly string[],
  keys: readonly string[],
  now: number,
): string[] {
  const oldest = now - MISSED_WINDOW_MS;
  const kept = new Set(shown.filter((key) => keyTime(key) >= oldest));
  for (const key of keys) kept.add(key);
  return [...kept];
}
