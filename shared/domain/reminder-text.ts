/**
 * What a reminder says: a notification's title and body, and the line the in-app list
 * of missed reminders shows. Pure; times are formatted in the runtime's zone, as the
 * rest of the screens show them.
 */
import type { Reminder } from './reminders';

/** Longest title a notification gets; desktops cut longer ones anyway. */
const MAX_TITLE = 120;

function clip(text: string, max: number): string {
  const single = text.replace(/\s+/gu, ' ').trim();
  return single.length <= max ? single : `${single.slice(0, max - 1)}…`;
}

/** "in 15 minutes", "in 1 hour", "in 2 days", "now". */
export function timeUntil(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${String(minutes)} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${String(hours)} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `in ${String(days)} day${days === 1 ? '' : 's'}`;
}

function clock(at: number): string {
  return new Date(at).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A notification's text. */
export interface ReminderMessage {
  title: string;
  body: string;
}

/**
 * The notification for a reminder shown at `now`: the stage or follow-up and the role
 * in the title, what and when in the body.
 *
 * @param reminder - The reminder being shown.
 * @param now - When it is shown.
 */
export function reminderMessage(reminder: Reminder, now: number): ReminderMessage {
  const title = clip(`${reminder.title || 'Interview'} — ${reminder.roleTitle}`, MAX_TITLE);
  const body =
    reminder.kind === 'interview'
      ? `Interview ${timeUntil(reminder.at - now)}, ${clock(reminder.at)}.`
      : `Follow-up due ${timeUntil(reminder.at - now)}, ${clock(reminder.at)}.`;
  return { title, body };
}

/**
 * One line of the missed-reminders list, e.g. "Interview: Technical interview —
 * Engineering Manager, HPC (Tue, 1 Dec, 14:00)".
 *
 * @param reminder - A reminder whose time passed while the app was closed.
 */
export function missedLine(reminder: Reminder): string {
  const what = reminder.kind === 'interview' ? 'Interview' : 'Follow-up';
  return `${what}: ${clip(reminder.title, MAX_TITLE)} — ${reminder.roleTitle} (${clock(reminder.at)})`;
}
