/**
 * Interview times across time zones, with nothing but `Intl`. An interview is arranged
 * in the interviewer's zone ("14:00 London time"), stored as an instant (epoch ms) plus
 * that IANA zone, and shown in the user's own zone with the arranged time beside it.
 */
import { formatTimeSafely, usableDuration } from './safe-format';

/** A calendar date and clock time with no zone attached ("26 Nov 2026, 14:00"). */
export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Every display uses one locale, so the app reads the same on every machine. */
const LOCALE = 'en-GB';

// Creating a DateTimeFormat is costly; one per zone serves every conversion.
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** A stored zone the app can use, or undefined for a missing or unknown one. */
export function usableTimeZone(zone: unknown): string | undefined {
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : undefined;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Old spellings ICU still reports as canonical, and the names people know today.
 * Chromium and Node list "Asia/Calcutta", where a user looks for "Kolkata".
 */
const MODERN_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** The current name of a zone ("Asia/Calcutta" → "Asia/Kolkata") when this runtime knows it. */
export function modernZoneName(timeZone: string): string {
  const modern = MODERN_NAMES[timeZone];
  return modern && isValidTimeZone(modern) ? modern : timeZone;
}

/** The zone this machine runs in, e.g. "Europe/Paris". */
export function localTimeZone(): string {
  return modernZoneName(new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * The zones to offer in a picker, sorted, always including the ones given (the local
 * zone, a stored zone) even when the runtime's list spells them differently or omits
 * them (Chromium's list has no "UTC").
 */
export function listTimeZones(include: readonly string[] = []): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone').map(modernZoneName));
  for (const zone of include) if (isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** The wall time at instant `ms` in `timeZone`. */
export function epochToZoned(ms: number, timeZone: string): WallTime {
  const values: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    // Some engines still write midnight as 24 even with h23.
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
  };
}

/** Wall time read as if it were UTC: the arithmetic base of the conversions. */
function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** How far `timeZone` is ahead of UTC at instant `ms`, in minutes (e.g. 60 for BST). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const floored = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  return Math.round((wallAsUtc(epochToZoned(floored, timeZone)) - floored) / MINUTE_MS);
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Like Temporal's "compatible"
 * choice: a time that happens twice (clocks going back) means the first one; a time
 * that never happens (clocks going forward) moves forward by the jump, as a person
 * arriving at 01:30 on the morning clocks change would find it is 02:30.
 */
export function zonedToEpoch(wall: WallTime, timeZone: string): number {
  const local = wallAsUtc(wall);
  // Zones change offset at most once in any two days, so the offsets a day either
  // side are the only candidates.
  const before = local - zoneOffsetMinutes(local - DAY_MS, timeZone) * MINUTE_MS;
  const after = local - zoneOffsetMinutes(local + DAY_MS, timeZone) * MINUTE_MS;
  const shows = (ms: number) => wallAsUtc(epochToZoned(ms, timeZone)) === local;
  if (shows(before) && shows(after)) return Math.min(before, after);
  if (shows(before)) return before;
  if (shows(after)) return after;
  return before;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-26", the value of an `<input type="date">`. */
export function toDateInput(wall: WallTime): string {
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** "14:00", the value of an `<input type="time">`. */
export function toTimeInput(wall: WallTime): string {
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** Reads date and time input values; null unless both name a real date and time. */
export function parseWallTime(date: string, time: string): WallTime | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time);
  if (!d || !t) return null;
  const wall = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  if (wall.hour > 23 || wall.minute > 59) return null;
  // Date.UTC rolls 31 Feb over into March; a real date survives the round trip.
  const check = new Date(wallAsUtc(wall));
  if (check.getUTCMonth() !== wall.month - 1 || check.getUTCDate() !== wall.day) return null;
  return wall;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Thu 26 Nov" for instant `ms` in `timeZone`. */
function formatDay(ms: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(ms).replace(',', '');
}

/** The zone's short name at instant `ms`: "GMT", "BST", "GMT-5", "GMT+5:30". */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'short' }).formatToParts(
    ms,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires": the place people say. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** "America/New_York" → "America/New York", for a picker. */
export function zoneLabel(timeZone: string): string {
  return timeZone.replaceAll('_', ' ');
}

function clock(ms: number, timeZone: string): string {
  return toTimeInput(epochToZoned(ms, timeZone));
}

/**
 * How a scheduled stage reads, in the user's zone first: "Thu 26 Nov, 15:00–16:00
 * (your time) · 14:00 London (GMT)". The arranged zone's part is left out when it is the
 * user's own zone; its day is added when it differs from the user's day.
 */
export function formatStageWhen(
  scheduledAt: number,
  durationMinutes: number | undefined,
  stageZone: string | undefined,
  localZone: string,
): string {
  return formatTimeSafely(scheduledAt, (at) =>
    stageWhenText(at, usableDuration(durationMinutes), stageZone, localZone),
  );
}

function stageWhenText(
  scheduledAt: number,
  durationMinutes: number | undefined,
  stageZone: string | undefined,
  localZone: string,
): string {
  const end = durationMinutes === undefined ? undefined : scheduledAt + durationMinutes * MINUTE_MS;
  const localDay = formatDay(scheduledAt, localZone);
  const span = `${clock(scheduledAt, localZone)}${end === undefined ? '' : `–${clock(end, localZone)}`}`;
  const endsNextDay = end !== undefined && formatDay(end, localZone) !== localDay;
  const mine = `${localDay}, ${span}${endsNextDay ? ' (+1 day)' : ''}`;
  if (!stageZone || stageZone === localZone || !isValidTimeZone(stageZone)) return mine;
  const theirDay = formatDay(scheduledAt, stageZone);
  const theirs = `${theirDay === localDay ? '' : `${theirDay}, `}${clock(scheduledAt, stageZone)}`;
  return `${mine} (your time) · ${theirs} ${zoneCity(stageZone)} (${zoneAbbreviation(scheduledAt, stageZone)})`;
}
