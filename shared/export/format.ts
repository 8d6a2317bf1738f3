/**
 * How exports show times and labels. Every date is formatted with `Intl` in an explicit
 * zone and one locale, so an export reads the same on every machine and in tests.
 */
import { CONFIDENCE_LABELS } from '../domain/checklist-rules';
import type { InterviewStage } from '../domain/model';
import {
  INVALID_DATE,
  formatTimeSafely,
  isShowableTime,
  usableDuration,
} from '../domain/safe-format';
import { isValidTimeZone } from '../domain/stage-time';

const LOCALE = 'en-GB';
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, options: Intl.DateTimeFormatOptions, key: string) {
  const cacheKey = `${key}|${timeZone}`;
  let found = formats.get(cacheKey);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formats.set(cacheKey, found);
  }
  return found;
}

/** `zone` when the runtime knows it, else `fallback` when it does, else UTC. */
export function usableZone(zone: string | undefined, fallback: string): string {
  if (zone !== undefined && isValidTimeZone(zone)) return zone;
  return isValidTimeZone(fallback) ? fallback : 'UTC';
}

/** "Tue, 1 Dec 2026, 14:05" in `timeZone`. */
export function formatDateTime(ms: number, timeZone: string): string {
  return formatTimeSafely(ms, (at) =>
    format(
      timeZone,
      {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      },
      'datetime',
    ).format(at),
  );
}

/** "1 Dec 2026" in `timeZone`. */
export function formatDate(ms: number, timeZone: string): string {
  return formatTimeSafely(ms, (at) =>
    format(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }, 'date').format(at),
  );
}

/** "14:05" in `timeZone`. */
export function formatClock(ms: number, timeZone: string): string {
  return formatTimeSafely(ms, (at) =>
    format(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'clock').format(at),
  );
}

/** "2026-12-01": the calendar day of `ms` in `timeZone` ("" when no date can show it). */
export function isoDay(ms: number, timeZone: string): string {
  if (!isShowableTime(ms)) return '';
  const parts = format(
    timeZone,
    { year: 'numeric', month: '2-digit', day: '2-digit' },
    'isoday',
  ).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** True for a finite time that `Date` can represent. */
export function isValidTime(ms: number | undefined): ms is number {
  return isShowableTime(ms);
}

/** "45 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${String(rest)} min`;
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`;
}

/**
 * When a stage happens, in the zone it was arranged in, with the reader's own time
 * after it when the zones differ: "Tue, 1 Dec 2026, 14:00–15:00 (Europe/London;
 * 15:00 in Europe/Paris)". Empty when the stage has no time yet, "invalid date" when its
 * stored time cannot be shown.
 */
export function stageWhen(stage: InterviewStage, readerZone: string): string {
  if (stage.scheduledAt === undefined) return '';
  if (!isShowableTime(stage.scheduledAt)) return INVALID_DATE;
  const at = stage.scheduledAt;
  const reader = usableZone(readerZone, 'UTC');
  const zone = usableZone(stage.timezone, reader);
  const minutes = usableDuration(stage.durationMinutes);
  const end = minutes === undefined ? '' : `–${formatClock(at + minutes * 60_000, zone)}`;
  const local = zone === reader ? '' : `; ${formatDateTime(at, reader)} in ${reader}`;
  return `${formatDateTime(at, zone)}${end} (${zone}${local})`;
}

/** "High", for a requirement's confidence. */
export function confidenceLabel(confidence: 1 | 2 | 3): string {
  return CONFIDENCE_LABELS[confidence];
}
