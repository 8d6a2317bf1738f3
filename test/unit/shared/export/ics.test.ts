import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DURATION_MINUTES,
  escapeText,
  foldLine,
  stagesToIcs,
} from '../../../../shared/export/ics';
import type { CalendarItem } from '../../../../shared/export/types';
import { OPTIONS, seededExport, stage } from './seeded-role';

const NOW = OPTIONS.exportedAt;

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

function items(): CalendarItem[] {
  const data = seededExport();
  return data.stages.map((item) => ({ role: data.role, stage: item }));
}

describe('stagesToIcs read back with ical.js', () => {
  const ics = stagesToIcs(items(), { now: NOW });
  const { calendar, events: parsed } = events(ics);

  it('is a publishable calendar with one event per scheduled stage', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Shortlist/u);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // The third stage has no time and is left out.
    expect(parsed.map((event) => event.uid)).toEqual(['stage-1@shortlist', 'stage-2@shortlist']);
  });

  it('has the right instants in UTC whatever zone the round was arranged in', () => {
    const [first, second] = parsed;
    expect(first?.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 10, 4, 14, 0));
    expect(first?.endDate.toJSDate().getTime()).toBe(Date.UTC(2026, 10, 4, 14, 30));
    // 09:00 in New York on 3 Dec is 14:00 UTC.
    expect(second?.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 11, 3, 14, 0));
    expect(second?.endDate.toJSDate().getTime()).toBe(Date.UTC(2026, 11, 3, 15, 30));
    expect(ics).toContain('DTSTART:20261203T140000Z');
    expect(ics).toContain('DTSTAMP:20261201T103000Z');
  });

  it('carries summary, location and description with commas and newlines intact', () => {
    const second = parsed[1];
    expect(second?.summary).toBe('Technical interview — Engineering Manager, LXD (Canonical)');
    expect(second?.location).toBe('Video call');
    expect(second?.description).toContain('Interviewers: Ada Lovelace, Grace Hopper');
    expect(second?.description).toContain('Arranged in America/New_York: Thu, 3 Dec 2026, 09:00');
    expect(second?.description).toContain('Prep notes:\nReview **LXD** clustering.');
  });

  it('uses CRLF, folds lines at 75 octets and never leaves a bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('escapes hostile text and folds multi-byte text without splitting a character', () => {
    const [base] = items();
    if (!base) throw new Error('no item');
    const nasty = 'Café ☕; a,b \\ c\nEND:VEVENT\r\nBEGIN:VEVENT 😀 '.repeat(6);
    const hostile: CalendarItem = {
      role: { ...base.role, title: nasty, company: 'A;B,C' },
      stage: { ...base.stage, name: 'Round', location: nasty, prepNotes: nasty },
    };
    const out = stagesToIcs([hostile], { now: NOW });
    const [event] = events(out).events;
    expect(events(out).events).toHaveLength(1);
    expect(event?.location).toBe(nasty.replace(/\s+/gu, ' ').trim());
    expect(event?.summary).toContain('(A;B,C)');
    expect(event?.description).toContain(nasty.replace(/\r\n/gu, '\n').trim());
    for (const line of out.slice(0, -2).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/u);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
  });

  it('uses a default length, and marks planned and cancelled rounds', () => {
    const [base] = items();
    if (!base) throw new Error('no item');
    const at = Date.UTC(2027, 0, 5, 9, 0);
    const make = (id: string, status: 'planned' | 'cancelled') => ({
      role: base.role,
      stage: stage(id, 0, { scheduledAt: at, status }, 'app', base.role.id),
    });
    const out = stagesToIcs([make('p', 'planned'), make('c', 'cancelled')], { now: NOW });
    const [cancelled, planned] = events(out).events;
    expect(planned?.endDate.toJSDate().getTime()).toBe(at + DEFAULT_DURATION_MINUTES * 60_000);
    expect(planned?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('keeps the UID and writes SEQUENCE as the count of changes to the event', () => {
    const [base] = items();
    if (!base) throw new Error('no item');
    const before = events(stagesToIcs([base], { now: NOW })).events[0];
    expect(before?.sequence).toBe(0);
    const edited = {
      ...base,
      stage: {
        ...base.stage,
        scheduledAt: (base.stage.scheduledAt ?? 0) + 3_600_000,
        updatedAt: base.stage.updatedAt + 60_000,
        calendarRevision: 1,
      },
    };
    const after = events(stagesToIcs([edited], { now: NOW + 60_000 })).events[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe(1);
    expect(after?.startDate.toJSDate().getTime()).toBe(
      (before?.startDate.toJSDate().getTime() ?? 0) + 3_600_000,
    );
    expect(after?.component.getFirstPropertyValue('last-modified')?.toString()).toBe(
      '2026-11-02T09:01:00Z',
    );
  });

  it('writes an empty calendar when nothing is scheduled', () => {
    const [base] = items();
    if (!base) throw new Error('no item');
    const unscheduled = { ...base, stage: { ...base.stage, scheduledAt: undefined } };
    expect(events(stagesToIcs([unscheduled], { now: NOW })).events).toEqual([]);
  });
});

describe('iCalendar helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets with a leading space and keeps short lines', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`).split('\r\n');
    expect(folded.map((line) => Buffer.byteLength(line, 'utf8'))).toEqual([74, 75, 25]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'é'.repeat(80)}`,
    );
  });
});
