/**
 * Interview stages as an iCalendar file (RFC 5545). Times are written in UTC, which
 * every calendar converts correctly whatever zone the interview was arranged in; the
 * zone itself goes in the description. UIDs come from stage ids, so importing the file
 * again updates the events instead of duplicating them, and SEQUENCE counts the changes
 * to each event's time, place or title (the stage's calendar revision), so the newer copy
 * wins.
 */
import type { InterviewStage } from '../domain/model';
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

function eventLines(item: CalendarItem, now: number): string[] {
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
    'END:VEVENT',
  );
  return lines;
}

/**
 * An iCalendar file with one event per item that has a time (others are skipped),
 * soonest first; CRLF line endings, lines folded at 75 octets.
 */
export function stagesToIcs(items: CalendarItem[], options: { now: number }): string {
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
    ...scheduled.flatMap((item) => eventLines(item, options.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
