/**
 * Date-only values (an applied date, a due date) and day-level display. Times are epoch
 * milliseconds; a date-only value is stored as the local midnight that starts its day,
 * so it reads back as the same calendar day in the zone it was entered in.
 *
 * Pure: everything here works in the process's local time zone through `Date`, and takes
 * "now" as a parameter where it matters, so tests can pin it.
 */

import { isShowableTime } from './safe-format';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Years a user could mean; anything else is a half-typed or mistyped date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

// One rule for which stored times can be shown, shared with every screen and export.
const isValidTime = (ms: number | undefined): ms is number => isShowableTime(ms);

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The local midnight that starts the day containing `ms`; `undefined` for an invalid time. */
export function startOfLocalDay(ms: number): number | undefined {
  if (!isValidTime(ms)) return undefined;
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * Parses a date input's value ("2026-03-03") into that day's local midnight. Returns
 * `undefined` for anything that is not a real calendar date between 1900 and 2200
 * ("", "2026-02-30", "03/03/2026", a half-typed year).
 */
export function parseDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const date = new Date(year, month - 1, day);
  // Date rolls "February 30" over into March: a round trip that changes is invalid.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date.getTime();
}

/** The value a date input shows for `ms` ("2026-03-03"), or "" when there is none. */
export function toDateInputValue(ms: number | undefined): string {
  if (!isValidTime(ms)) return '';
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stable key for the local day of `ms`, for grouping ("2026-03-03"). */
export function dayKey(ms: number): string {
  return toDateInputValue(ms);
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const WEEKDAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "3 Mar 2026", or "" for a missing or invalid time. */
export function formatDay(ms: number | undefined): string {
  return isValidTime(ms) ? DAY_FORMAT.format(ms) : '';
}

/** "14:05" in local time, or "" for an invalid time. */
export function formatTime(ms: number): string {
  return isValidTime(ms) ? TIME_FORMAT.format(ms) : '';
}

/** Whole local days from the day of `now` to the day of `ms` (negative = in the past). */
export function daysFromToday(ms: number, now: number): number {
  const day = startOfLocalDay(ms);
  const today = startOfLocalDay(now);
  if (day === undefined || today === undefined) return Number.NaN;
  // Rounding absorbs the 23- and 25-hour days of daylight-saving changes.
  return Math.round((day - today) / DAY_MS);
}

/** A day heading for a timeline: "Today", "Yesterday", or "Tue, 3 Mar 2026". */
export function formatDayHeading(ms: number, now: number): string {
  const offset = daysFromToday(ms, now);
  if (offset === 0) return 'Today';
  if (offset === -1) return 'Yesterday';
  return isValidTime(ms) ? WEEKDAY_FORMAT.format(ms) : '';
}

/** A due date relative to today: "overdue" before today, "today", else "upcoming". */
export type DueState = 'overdue' | 'today' | 'upcoming';

export function dueState(due: number, now: number): DueState {
  const offset = daysFromToday(due, now);
  if (offset < 0) return 'overdue';
  return offset === 0 ? 'today' : 'upcoming';
}

/** Items that fall on one local day, in the order they were given. */
export interface DayGroup<T> {
  key: string;
  /** The time of the group's first item, for its heading. */
  at: number;
  items: T[];
}

/**
 * Groups items by local day, keeping their order (so a newest-first list gives
 * newest-first days). Items with an invalid time are left out.
 */
export function groupByDay<T>(items: readonly T[], timeOf: (item: T) => number): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byKey = new Map<string, DayGroup<T>>();
  for (const item of items) {
    const at = timeOf(item);
    if (!isValidTime(at)) continue;
    const key = dayKey(at);
    let group = byKey.get(key);
    if (!group) {
      group = { key, at, items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
