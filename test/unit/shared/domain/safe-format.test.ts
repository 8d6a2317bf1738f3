import { describe, expect, it } from 'vitest';
import {
  INVALID_DATE,
  formatTimeSafely,
  isShowableTime,
  isoOrUndefined,
  usableDuration,
} from '../../../../shared/domain/safe-format';
import { formatStageWhen, usableTimeZone } from '../../../../shared/domain/stage-time';

const BAD_TIMES = [9e15, -9e15, 1e300, 1e308, Infinity, -Infinity, Number.NaN, undefined, '1'];

describe('safe formatting of stored values', () => {
  it('tells showable times from ones no Date can hold', () => {
    expect(isShowableTime(0)).toBe(true);
    expect(isShowableTime(8.64e15)).toBe(true);
    expect(isShowableTime(Date.UTC(2026, 11, 3))).toBe(true);
    for (const bad of BAD_TIMES) expect(isShowableTime(bad), String(bad)).toBe(false);
  });

  it('formats a bad time as "invalid date", and a formatter that throws too', () => {
    for (const bad of BAD_TIMES) {
      expect(formatTimeSafely(bad, () => 'never called')).toBe(INVALID_DATE);
      expect(isoOrUndefined(bad)).toBeUndefined();
    }
    expect(
      formatTimeSafely(0, () => {
        throw new RangeError('Invalid time zone specified: Mars/Olympus_Mons');
      }),
    ).toBe(INVALID_DATE);
    expect(formatTimeSafely(0, (ms) => new Date(ms).toISOString())).toBe(
      '1970-01-01T00:00:00.000Z',
    );
  });

  it('keeps only durations and zones the app can use', () => {
    expect(usableDuration(45)).toBe(45);
    for (const bad of [0, -5, 1e308, Infinity, Number.NaN, undefined, '45']) {
      expect(usableDuration(bad), String(bad)).toBeUndefined();
    }
    expect(usableTimeZone('Europe/London')).toBe('Europe/London');
    expect(usableTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(usableTimeZone(42)).toBeUndefined();
  });

  it('shows a stage with bad stored values without throwing', () => {
    expect(formatStageWhen(9e15, 60, 'Europe/London', 'Europe/Paris')).toBe(INVALID_DATE);
    expect(formatStageWhen(1e308, undefined, undefined, 'Europe/Paris')).toBe(INVALID_DATE);
    const at = Date.UTC(2026, 11, 3, 14, 0);
    const ok = formatStageWhen(at, 1e308, 'Mars/Olympus_Mons', 'Europe/London');
    expect(ok).toBe('Thu 3 Dec, 14:00');
  });
});
