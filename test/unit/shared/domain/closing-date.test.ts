import { describe, expect, it, vi } from 'vitest';

// Local days across a daylight-saving change; the output must not depend on the machine.
vi.hoisted(() => {
  process.env.TZ = 'Europe/London';
});

import {
  closingLabel,
  closingState,
  compareClosingDates,
  isClosingDateValue,
  matchesClosing,
} from '../../../../shared/domain/closing-date';

/** 3 Dec 2026, 18:30 local. */
const NOW = new Date(2026, 11, 3, 18, 30).getTime();

describe('closing dates', () => {
  it('accepts a real day or nothing', () => {
    expect(isClosingDateValue('')).toBe(true);
    expect(isClosingDateValue('2026-12-31')).toBe(true);
    expect(isClosingDateValue('2026-02-30')).toBe(false);
    expect(isClosingDateValue('31/12/2026')).toBe(false);
  });

  it.each([
    ['', 'none', ''],
    ['2026-12-02', 'closed', 'Closed 2 Dec 2026'],
    ['2026-12-03', 'today', 'Closes today'],
    ['2026-12-04', 'soon', 'Closes tomorrow'],
    ['2026-12-09', 'soon', 'Closes in 6 days'],
    ['2026-12-10', 'open', 'Closes 10 Dec 2026'],
  ] as const)('%s is %s: “%s”', (value, state, label) => {
    expect(closingState(value, NOW)).toBe(state);
    expect(closingLabel(value, NOW)).toBe(label);
  });

  it('counts whole local days across the clocks going back', () => {
    const beforeChange = new Date(2026, 9, 24, 23, 30).getTime();
    expect(closingLabel('2026-10-26', beforeChange)).toBe('Closes in 2 days');
  });

  it('sorts earliest first and no date last', () => {
    const dates = ['', '2027-01-05', '2026-12-04', '', '2026-11-30'];
    expect([...dates].sort(compareClosingDates)).toEqual([
      '2026-11-30',
      '2026-12-04',
      '2027-01-05',
      '',
      '',
    ]);
  });

  it('filters by state', () => {
    const dates = ['', '2026-12-02', '2026-12-03', '2026-12-08', '2027-02-01'];
    const pick = (filter: Parameters<typeof matchesClosing>[1]) =>
      dates.filter((date) => matchesClosing(date, filter, NOW));
    expect(pick('any')).toEqual(dates);
    expect(pick('open')).toEqual(['', '2026-12-03', '2026-12-08', '2027-02-01']);
    expect(pick('soon')).toEqual(['2026-12-03', '2026-12-08']);
    expect(pick('closed')).toEqual(['2026-12-02']);
    expect(pick('none')).toEqual(['']);
  });
});
