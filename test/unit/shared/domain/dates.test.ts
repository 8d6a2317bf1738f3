import { describe, expect, it, vi } from 'vitest';

// Pin a zone with daylight saving before anything reads the clock, so day arithmetic is
// tested across the 23- and 25-hour days and the output does not depend on the machine.
vi.hoisted(() => {
  process.env.TZ = 'Europe/London';
});

import {
  dayKey,
  daysFromToday,
  dueState,
  formatDay,
  formatDayHeading,
  formatTime,
  groupByDay,
  parseDateInput,
  startOfLocalDay,
  toDateInputValue,
} from '../../../../shared/domain/dates';

/** Local time in the pinned zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

describe('date inputs', () => {
  it('runs in the pinned zone', () => {
    // 1 July is in British Summer Time: local midnight is 23:00 UTC the day before.
    expect(local(2026, 7, 1)).toBe(Date.UTC(2026, 5, 30, 23));
  });

  it('parses a date input value to that day’s local midnight', () => {
    expect(parseDateInput('2026-03-03')).toBe(local(2026, 3, 3));
    expect(parseDateInput('2026-07-01')).toBe(Date.UTC(2026, 5, 30, 23));
    expect(parseDateInput(' 2024-02-29 ')).toBe(local(2024, 2, 29));
  });

  it('rejects values that are not real, plausible dates', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '03/03/2026',
      '0002-03-03',
      '0202-03-03',
      '20261-03-03',
      '2026-03-03T10:00',
    ]) {
      expect(parseDateInput(bad), bad).toBeUndefined();
    }
  });

  it('formats a time back to the input value, and nothing for a missing or invalid one', () => {
    expect(toDateInputValue(local(2026, 3, 3))).toBe('2026-03-03');
    expect(toDateInputValue(local(2026, 3, 3, 23, 59))).toBe('2026-03-03');
    expect(toDateInputValue(undefined)).toBe('');
    expect(toDateInputValue(Number.NaN)).toBe('');
    expect(toDateInputValue(Number.POSITIVE_INFINITY)).toBe('');
    expect(toDateInputValue(9e15)).toBe('');
  });

  it('round-trips every day of a year, across both clock changes', () => {
    let day = local(2026, 1, 1);
    for (let i = 0; i < 365; i++) {
      const text = toDateInputValue(day);
      expect(parseDateInput(text)).toBe(day);
      day = local(2026, 1, 2 + i);
    }
  });

  it('finds the local midnight that starts a day', () => {
    expect(startOfLocalDay(local(2026, 3, 29, 15, 30))).toBe(local(2026, 3, 29));
    expect(startOfLocalDay(local(2026, 10, 25, 23, 59))).toBe(local(2026, 10, 25));
    expect(startOfLocalDay(Number.NaN)).toBeUndefined();
  });
});

describe('day display', () => {
  it('formats days and times', () => {
    expect(formatDay(local(2026, 3, 3, 9))).toBe('3 Mar 2026');
    expect(formatDay(undefined)).toBe('');
    expect(formatDay(Number.NaN)).toBe('');
    expect(formatTime(local(2026, 3, 3, 14, 5))).toBe('14:05');
    expect(formatTime(local(2026, 3, 3, 0, 0))).toBe('00:00');
    expect(formatTime(Number.NaN)).toBe('');
  });

  it('counts whole days from today, across daylight-saving changes', () => {
    const now = local(2026, 3, 28, 22);
    expect(daysFromToday(local(2026, 3, 28, 1), now)).toBe(0);
    // 29 March 2026 has 23 hours, 25 October 25.
    expect(daysFromToday(local(2026, 3, 30, 0, 30), now)).toBe(2);
    expect(daysFromToday(local(2026, 3, 27, 23, 59), now)).toBe(-1);
    expect(daysFromToday(local(2026, 10, 26), local(2026, 10, 25, 0, 10))).toBe(1);
    expect(daysFromToday(Number.NaN, now)).toBeNaN();
  });

  it('heads a day as Today, Yesterday or its date', () => {
    const now = local(2026, 3, 5, 10);
    expect(formatDayHeading(local(2026, 3, 5, 23, 59), now)).toBe('Today');
    expect(formatDayHeading(local(2026, 3, 4, 0, 1), now)).toBe('Yesterday');
    expect(formatDayHeading(local(2026, 3, 3, 12), now)).toBe('Tue, 3 Mar 2026');
    expect(formatDayHeading(local(2026, 3, 6, 12), now)).toBe('Fri, 6 Mar 2026');
  });

  it('says whether a due date is overdue, today or upcoming', () => {
    const now = local(2026, 3, 5, 18);
    expect(dueState(local(2026, 3, 4), now)).toBe('overdue');
    expect(dueState(local(2026, 3, 5), now)).toBe('today');
    expect(dueState(local(2026, 3, 6), now)).toBe('upcoming');
  });
});

describe('grouping by day', () => {
  it('groups newest-first items by local day, keeping their order', () => {
    const items = [
      { id: 'e', at: local(2026, 3, 5, 9) },
      { id: 'd', at: local(2026, 3, 5, 0, 30) },
      { id: 'c', at: local(2026, 3, 4, 23, 30) },
      { id: 'bad', at: Number.NaN },
      { id: 'a', at: local(2026, 3, 1, 12) },
    ];
    const groups = groupByDay(items, (item) => item.at);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['2026-03-05', ['e', 'd']],
      ['2026-03-04', ['c']],
      ['2026-03-01', ['a']],
    ]);
    expect(groups[0]?.at).toBe(local(2026, 3, 5, 9));
    expect(dayKey(local(2026, 3, 4, 23, 30))).toBe('2026-03-04');
    expect(groupByDay([], (n: number) => n)).toEqual([]);
  });
});
