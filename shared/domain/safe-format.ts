/**
 * One place that decides whether a stored time, duration or zone can be shown, and
 * formats it without ever throwing. Stored values come from old backups, other windows
 * and bugs as well as from the app's own forms: `9e15` ms is past the last date
 * JavaScript can represent, `1e308` minutes overflows any sum, and "Mars/Olympus_Mons"
 * makes Intl throw. Screens show such a value as {@link INVALID_DATE}, in place, where
 * the user can fix it; they never fail. (Zones: `usableTimeZone` in stage-time.ts.)
 */
/** What a screen shows where a stored time cannot be shown. */
export const INVALID_DATE = 'invalid date';

/** The last instant a JavaScript Date can hold, either side of 1970 (ECMAScript). */
export const MAX_TIME_MS = 8.64e15;

/** The longest interview the app lets anyone enter: a whole day, in minutes. */
export const MAX_DURATION_MINUTES = 24 * 60;

/** Whether `ms` is a time a Date can hold: a finite number within ±8.64e15. */
export function isShowableTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
}

/**
 * `format(ms)` when `ms` is showable and the formatter copes, else {@link INVALID_DATE}.
 * `format` may throw (Intl does, for some zones and ranges): the screen still renders.
 */
export function formatTimeSafely(ms: unknown, format: (ms: number) => string): string {
  if (!isShowableTime(ms)) return INVALID_DATE;
  try {
    return format(ms);
  } catch {
    return INVALID_DATE;
  }
}

/** The ISO string for a `<time dateTime>` attribute, or undefined when there is none. */
export function isoOrUndefined(ms: unknown): string | undefined {
  return isShowableTime(ms) ? new Date(ms).toISOString() : undefined;
}

/** A stored duration the app can use: a positive number of minutes up to a day. */
export function usableDuration(minutes: unknown): number | undefined {
  return typeof minutes === 'number' && minutes > 0 && minutes <= MAX_DURATION_MINUTES
    ? minutes
    : undefined;
}
