/**
 * The Agenda's rules: what counts as overdue, and grouping items by local day. Pure;
 * callers pass `now` and a time-zone-aware day key function defaults to local time.
 */

import type { ChecklistProgress } from './progress';

/** One line of the Agenda: an interview, or an application's next action. */
export interface AgendaItem {
  kind: 'interview' | 'next-action';
  /** The stage or application id. */
  id: string;
  roleId: string;
  roleTitle: string;
  /** When it happens or is due (epoch ms). */
  at: number;
  /** The interview's name, or the next action's text. */
  title: string;
  /** For interviews: minutes, if known. */
  durationMinutes?: number;
  /** For interviews: the role's checklist progress, to show how ready the applicant is. */
  readiness?: ChecklistProgress;
  /** True when it is past and still open: a due action not done, or an interview with no outcome. */
  overdue: boolean;
}

export interface AgendaDay {
  /** "overdue" or a local date key, e.g. "2026-11-26". */
  key: string;
  label: string;
  items: AgendaItem[];
}

/** The local calendar date of a time, as "YYYY-MM-DD". */
export function localDayKey(at: number): string {
  const date = new Date(at);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Midnight at the start of the local day containing `at`. */
export function startOfLocalDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

function dayLabel(key: string, now: number): string {
  const today = localDayKey(now);
  const tomorrowDate = new Date(startOfLocalDay(now));
  tomorrowDate.setDate(tomorrowDate.getDate() + 1);
  if (key === today) return 'Today';
  if (key === localDayKey(tomorrowDate.getTime())) return 'Tomorrow';
  const [year, month, day] = key.split('-').map(Number);
  const date = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return date.toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/**
 * Groups items into "Overdue" first, then one group per local day in time order, each
 * group sorted by time.
 */
export function groupAgenda(items: readonly AgendaItem[], now: number): AgendaDay[] {
  const sorted = [...items].sort((a, b) => a.at - b.at || a.title.localeCompare(b.title));
  const overdue = sorted.filter((item) => item.overdue);
  const days = new Map<string, AgendaItem[]>();
  for (const item of sorted) {
    if (item.overdue) continue;
    const key = localDayKey(item.at);
    const list = days.get(key);
    if (list) list.push(item);
    else days.set(key, [item]);
  }
  const groups: AgendaDay[] = [];
  if (overdue.length > 0) groups.push({ key: 'overdue', label: 'Overdue', items: overdue });
  for (const [key, list] of days) groups.push({ key, label: dayLabel(key, now), items: list });
  return groups;
}

/** Local midnight `days` calendar days after the day of `now` (DST-safe: by date, not ms). */
function localDayAfter(now: number, days: number): number {
  const date = new Date(startOfLocalDay(now));
  date.setDate(date.getDate() + days);
  return date.getTime();
}

/** Where "Snooze" moves a next action's due day: tomorrow, or a week from today. */
export interface SnoozeTargets {
  tomorrow: number;
  nextWeek: number;
}

/**
 * The due days a snooze offers, as local midnights like every other due date.
 *
 * @param now - The current time.
 */
export function snoozeTargets(now: number): SnoozeTargets {
  return { tomorrow: localDayAfter(now, 1), nextWeek: localDayAfter(now, 7) };
}
