/**
 * A posting's closing date: the last day applications are taken, stored as
 * "YYYY-MM-DD" (or "" when not given) so it means the same calendar day wherever the
 * app is opened. Days are compared in local time, with "now" passed in for tests.
 */
import { assertNever } from '../assert-never';
import { daysFromToday, formatDay, parseDateInput } from './dates';

/** Within this many days (today included) a closing date is "closing soon". */
export const CLOSING_SOON_DAYS = 7;

/** How a closing date stands today. */
export type ClosingState = 'none' | 'closed' | 'today' | 'soon' | 'open';

/** True for "" (no date) and a real calendar day between 1900 and 2200. */
export function isClosingDateValue(value: string): boolean {
  return value === '' || parseDateInput(value) !== undefined;
}

/** The local midnight that starts the closing day, or undefined for "" or a bad value. */
export function closingDay(value: string): number | undefined {
  return value === '' ? undefined : parseDateInput(value);
}

/** Whole days from today to the closing day (0 = closes today, negative = closed). */
export function daysUntilClosing(value: string, now: number): number | undefined {
  const day = closingDay(value);
  return day === undefined ? undefined : daysFromToday(day, now);
}

/**
 * "closed" after the closing day has passed; "today" on it; "soon" within
 * {@link CLOSING_SOON_DAYS}; "open" later; "none" without a date.
 */
export function closingState(value: string, now: number): ClosingState {
  const days = daysUntilClosing(value, now);
  if (days === undefined) return 'none';
  if (days < 0) return 'closed';
  if (days === 0) return 'today';
  return days < CLOSING_SOON_DAYS ? 'soon' : 'open';
}

/**
 * A short line for a table cell or header: "Closed 2 Dec 2026", "Closes today",
 * "Closes tomorrow", "Closes in 3 days", "Closes 12 Jan 2027"; "" without a date.
 */
export function closingLabel(value: string, now: number): string {
  const day = closingDay(value);
  const days = daysUntilClosing(value, now);
  if (day === undefined || days === undefined) return '';
  if (days < 0) return `Closed ${formatDay(day)}`;
  if (days === 0) return 'Closes today';
  if (days === 1) return 'Closes tomorrow';
  if (days < CLOSING_SOON_DAYS) return `Closes in ${days} days`;
  return `Closes ${formatDay(day)}`;
}

/**
 * Orders two closing dates: the earliest first, a missing date last. "YYYY-MM-DD"
 * strings sort as their days do.
 */
export function compareClosingDates(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the Roles table's closing filter offers. */
export const CLOSING_FILTERS = ['any', 'open', 'soon', 'closed', 'none'] as const;
export type ClosingFilter = (typeof CLOSING_FILTERS)[number];

/** The filter's option labels. */
export const CLOSING_FILTER_LABELS: Record<ClosingFilter, string> = {
  any: 'Any closing date',
  open: 'Still open',
  soon: `Closing within ${CLOSING_SOON_DAYS} days`,
  closed: 'Closed',
  none: 'No closing date',
};

/**
 * Whether a closing date passes the filter. "open" means still taking applications
 * (today or later, or no date given); "soon" includes today.
 */
export function matchesClosing(value: string, filter: ClosingFilter, now: number): boolean {
  const state = closingState(value, now);
  switch (filter) {
    case 'any':
      return true;
    case 'open':
      return state !== 'closed';
    case 'soon':
      return state === 'today' || state === 'soon';
    case 'closed':
      return state === 'closed';
    case 'none':
      return state === 'none';
    default:
      return assertNever(filter, 'closing filter');
  }
}
