/**
 * Interview stages as an iCalendar file (RFC 5545). Times are written in UTC, which
 * every calendar converts correctly whatever zone the interview was arranged in; the
 * zone itself goes in the description. UIDs come from stage ids, so importing the file
 * again updates the events instead of duplicating them, and SEQUENCE counts the changes
 * to each event's time, place or title (the stage's calendar revision), so the newer copy
 * wins. With a reminder lead time each event carries a VALARM that many minutes before
 * it starts, the same lead the app's own reminders use.
 */
import type { InterviewStage } from '../domain/model';
import { leadMinutes, type ReminderLead } from '../domain/reminders';
import { stageKindLabel } from '../domain/stage-templates';
import { formatDateTime, isValidTime, usableZone } from './format';
import { cleanText, oneLine } from './mdast';
import type { CalendarItem } from './types';

/** Length of an interview with no duration recorded. */
export const DEFAULT_DURATION_MINUTES = 60;
/** RFC 5545 §3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;

/** "20261201T140500Z". */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}Z$/u, 'Z');
}

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(/\t/gu, ' ')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\n/gu, '\\n');
}

function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (§3.1): at most 75 octets per physical line, continuation lines
 * start with one space (which counts), and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  out.push(current);
  return out.join('\r\n');
}

function statusOf(stage: InterviewStage): string {
  if (stage.status === 'cancelled') return 'CANCELLED';
  return stage.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED';
}

function description(item: CalendarItem, at: number): string {
  const { role, stage } = item;
  const zone = usableZone(stage.timezone, 'UTC');
  const lines = [
    `Role: ${oneLine(role.title)}${oneLine(role.company) ? ` at ${oneLine(role.company)}` : ''}`,
    `Kind: ${stageKindLabel(stage.kind)}`,
  ];
  if (stage.timezone !== undefined && zone === stage.timezone) {
    lines.push(`Arranged in ${zone}: ${formatDateTime(at, zone)}`);
  }
  if (oneLine(stage.interviewers)) lines.push(`Interviewers: ${oneLine(stage.interviewers)}`);
  const prep = cleanText(stage.prepNotes).trim();
  if (prep) lines.push('', 'Prep notes:', prep);
  return lines.join('\n');
}

/** "-PT15M", "-PT1H", "-P1D": a trigger that many minutes before the start (§3.3.6). */
export function alarmTrigger(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `-P${String(minutes / (24 * 60))}D`;
  if (minutes % 60 === 0) return `-PT${String(minutes / 60)}H`;
  return `-PT${String(minutes)}M`;
}

/** A display alarm `minutes` before the event (§3.6.6); a cancelled event gets none. */
function alarmLines(stage: InterviewStage, summary: string, minutes: number | null): string[] {
  if (minutes === null || stage.status === 'cancelled') return [];
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    `TRIGGER:${alarmTrigger(minutes)}`,
    'END:VALARM',
  ];
}

function eventLines(item: CalendarItem, now: number, alarmMinutes: number | null): string[] {
  const { role, stage } = item;
  const start = stage.scheduledAt ?? 0;
  const minutes =
    stage.durationMinutes !== undefined && stage.durationMinutes > 0
      ? stage.durationMinutes
      : DEFAULT_DURATION_MINUTES;
  const company = oneLine(role.company);
  const summary = `${oneLine(stage.name) || 'Interview'} — ${oneLine(role.title) || 'Untitled role'}${
    company ? ` (${company})` : ''
  }`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${stage.id}@shortlist`)}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(start + minutes * 60_000)}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (oneLine(stage.location)) lines.push(`LOCATION:${escapeText(oneLine(stage.location))}`);
  lines.push(
    `DESCRIPTION:${escapeText(description(item, start))}`,
    `STATUS:${statusOf(stage)}`,
    `SEQUENCE:${String(stage.calendarRevision ?? 0)}`,
    `LAST-MODIFIED:${icsUtc(stage.updatedAt)}`,
    ...alarmLines(stage, summary, alarmMinutes),
    'END:VEVENT',
  );
  return lines;
}

/** What {@link stagesToIcs} needs besides the items. */
export interface IcsOptions {
  now: number;
  /** The reminder lead time: each event's alarm. None (or absent) writes no VALARM. */
  alarm?: ReminderLead;
}

/**
 * An iCalendar file with one event per item that has a time (others are skipped),
 * soonest first; CRLF line endings, lines folded at 75 octets.
 */
export function stagesToIcs(items: CalendarItem[], options: IcsOptions): string {
  const alarmMinutes = leadMinutes(options.alarm ?? 'none');
  const scheduled = items
    .filter((item) => isValidTime(item.stage.scheduledAt))
    .sort(
      (a, b) =>
        (a.stage.scheduledAt ?? 0) - (b.stage.scheduledAt ?? 0) ||
        (a.stage.id < b.stage.id ? -1 : a.stage.id > b.stage.id ? 1 : 0),
    );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shortlist//Shortlist interviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...scheduled.flatMap((item) => eventLines(item, options.now, alarmMinutes)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
