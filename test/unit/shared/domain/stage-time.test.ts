import { describe, expect, it } from 'vitest';
import {
  epochToZoned,
  formatStageWhen,
  isValidTimeZone,
  listTimeZones,
  modernZoneName,
  parseWallTime,
  toDateInput,
  toTimeInput,
  zoneAbbreviation,
  zoneCity,
  zoneOffsetMinutes,
  zonedToEpoch,
  type WallTime,
} from '../../../../shared/domain/stage-time';

function wall(year: number, month: number, day: number, hour: number, minute = 0): WallTime {
  return { year, month, day, hour, minute };
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedToEpoch and epochToZoned', () => {
  it.each([
    // zone, wall time, the UTC instant it is
    ['Europe/London', wall(2026, 1, 15, 9), '2026-01-15T09:00:00.000Z'],
    ['Europe/London', wall(2026, 7, 15, 9), '2026-07-15T08:00:00.000Z'],
    ['America/New_York', wall(2026, 1, 15, 9), '2026-01-15T14:00:00.000Z'],
    ['America/New_York', wall(2026, 7, 15, 9), '2026-07-15T13:00:00.000Z'],
    ['Asia/Kolkata', wall(2026, 3, 29, 1, 30), '2026-03-28T20:00:00.000Z'],
    ['Australia/Lord_Howe', wall(2026, 1, 15, 9), '2026-01-14T22:00:00.000Z'],
    ['Australia/Lord_Howe', wall(2026, 7, 15, 9), '2026-07-14T22:30:00.000Z'],
    ['UTC', wall(2026, 12, 31, 23, 59), '2026-12-31T23:59:00.000Z'],
  ])('%s %o is %s, and back', (zone, time, expected) => {
    const ms = zonedToEpoch(time, zone);
    expect(iso(ms)).toBe(expected);
    expect(epochToZoned(ms, zone)).toEqual(time);
  });

  it('reads midnight as hour 0 of the next day, not 24', () => {
    expect(epochToZoned(Date.UTC(2026, 5, 1, 23, 0), 'Europe/London')).toEqual(wall(2026, 6, 2, 0));
  });

  it('moves a time that never happens (clocks forward) on by the jump', () => {
    // London springs forward 01:00 → 02:00 GMT on 29 Mar 2026: 01:30 does not exist.
    expect(iso(zonedToEpoch(wall(2026, 3, 29, 1, 30), 'Europe/London'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(epochToZoned(Date.UTC(2026, 2, 29, 1, 30), 'Europe/London')).toEqual(
      wall(2026, 3, 29, 2, 30),
    );
    // New York: 02:00 → 03:00 on 8 Mar 2026.
    expect(iso(zonedToEpoch(wall(2026, 3, 8, 2, 30), 'America/New_York'))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    // Lord Howe moves only 30 minutes: 02:00 → 02:30 on 4 Oct 2026.
    const ms = zonedToEpoch(wall(2026, 10, 4, 2, 15), 'Australia/Lord_Howe');
    expect(epochToZoned(ms, 'Australia/Lord_Howe')).toEqual(wall(2026, 10, 4, 2, 45));
  });

  it('takes the first of a time that happens twice (clocks back)', () => {
    // London falls back 02:00 BST → 01:00 GMT on 25 Oct 2026: 01:30 happens twice.
    expect(iso(zonedToEpoch(wall(2026, 10, 25, 1, 30), 'Europe/London'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // New York falls back on 1 Nov 2026: 01:30 EDT first.
    expect(iso(zonedToEpoch(wall(2026, 11, 1, 1, 30), 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // Lord Howe goes back 02:00 → 01:30 on 5 Apr 2026: 01:45 at +11 first.
    expect(iso(zonedToEpoch(wall(2026, 4, 5, 1, 45), 'Australia/Lord_Howe'))).toBe(
      '2026-04-04T14:45:00.000Z',
    );
  });

  it('gets times right just either side of a change', () => {
    expect(iso(zonedToEpoch(wall(2026, 3, 29, 0, 59), 'Europe/London'))).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(iso(zonedToEpoch(wall(2026, 3, 29, 2, 0), 'Europe/London'))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(iso(zonedToEpoch(wall(2026, 3, 30, 12, 0), 'Europe/London'))).toBe(
      '2026-03-30T11:00:00.000Z',
    );
    expect(iso(zonedToEpoch(wall(2026, 10, 25, 2, 0), 'Europe/London'))).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('round-trips instants across a year in each zone', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    let repeated = 0;
    for (const zone of zones) {
      // Every 3.5 hours hits every half hour of the day over a year.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 210 * 60_000) {
        const shown = epochToZoned(ms, zone);
        const back = zonedToEpoch(shown, zone);
        expect(epochToZoned(back, zone), `${zone} ${iso(ms)}`).toEqual(shown);
        // Only the second pass through a repeated hour maps to an earlier instant.
        if (back !== ms) {
          repeated++;
          expect(ms - back, `${zone} ${iso(ms)}`).toBe(
            (zoneOffsetMinutes(back, zone) - zoneOffsetMinutes(ms, zone)) * 60_000,
          );
        }
      }
    }
    expect(repeated).toBeLessThan(10);
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows summer time and half-hour zones', () => {
    const winter = Date.UTC(2026, 0, 15, 12);
    const summer = Date.UTC(2026, 6, 15, 12);
    expect(zoneOffsetMinutes(winter, 'Europe/London')).toBe(0);
    expect(zoneOffsetMinutes(summer, 'Europe/London')).toBe(60);
    expect(zoneOffsetMinutes(winter, 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(summer, 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(winter, 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(summer, 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(winter, 'Australia/Lord_Howe')).toBe(660);
    expect(zoneOffsetMinutes(summer, 'Australia/Lord_Howe')).toBe(630);
  });
});

describe('input values', () => {
  it('parses real dates and times only', () => {
    expect(parseWallTime('2026-11-26', '14:05')).toEqual(wall(2026, 11, 26, 14, 5));
    expect(parseWallTime('2026-11-26', '14:05:00')).toEqual(wall(2026, 11, 26, 14, 5));
    expect(parseWallTime('2028-02-29', '00:00')).toEqual(wall(2028, 2, 29, 0));
    expect(parseWallTime('2026-02-29', '10:00')).toBeNull();
    expect(parseWallTime('2026-02-31', '10:00')).toBeNull();
    expect(parseWallTime('2026-11-26', '24:00')).toBeNull();
    expect(parseWallTime('2026-11-26', '')).toBeNull();
    expect(parseWallTime('', '10:00')).toBeNull();
    expect(parseWallTime('26/11/2026', '10:00')).toBeNull();
  });

  it('writes input values with leading zeros', () => {
    expect(toDateInput(wall(2026, 3, 5, 7, 4))).toBe('2026-03-05');
    expect(toTimeInput(wall(2026, 3, 5, 7, 4))).toBe('07:04');
  });
});

describe('zones', () => {
  it('knows valid zones and lists them sorted with extras', () => {
    expect(isValidTimeZone('Australia/Lord_Howe')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    const zones = listTimeZones(['UTC', 'Not/AZone']);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).not.toContain('Not/AZone');
    // The names people know, not ICU's old canonical spellings.
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones).toContain('Europe/Kyiv');
    expect(modernZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(modernZoneName('Europe/London')).toBe('Europe/London');
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });

  it('names places and abbreviations', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneAbbreviation(Date.UTC(2026, 0, 15), 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(Date.UTC(2026, 6, 15), 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(Date.UTC(2026, 0, 15), 'Asia/Kolkata')).toBe('GMT+5:30');
  });
});

describe('formatStageWhen', () => {
  const london14 = zonedToEpoch(wall(2026, 11, 26, 14), 'Europe/London');

  it('shows the user’s time first and the arranged zone’s time after', () => {
    expect(formatStageWhen(london14, 60, 'Europe/London', 'Europe/Paris')).toBe(
      'Thu 26 Nov, 15:00–16:00 (your time) · 14:00 London (GMT)',
    );
  });

  it('shows only one time when the interview is in the user’s zone', () => {
    expect(formatStageWhen(london14, 45, 'Europe/London', 'Europe/London')).toBe(
      'Thu 26 Nov, 14:00–14:45',
    );
    expect(formatStageWhen(london14, undefined, undefined, 'Europe/London')).toBe(
      'Thu 26 Nov, 14:00',
    );
  });

  it('names the other day when the zones disagree on the date', () => {
    const ms = zonedToEpoch(wall(2026, 11, 26, 9), 'Australia/Lord_Howe');
    expect(formatStageWhen(ms, 60, 'Australia/Lord_Howe', 'America/New_York')).toBe(
      'Wed 25 Nov, 17:00–18:00 (your time) · Thu 26 Nov, 09:00 Lord Howe (GMT+11)',
    );
  });

  it('follows summer time on both sides', () => {
    // 9 Mar 2026: New York is already on EDT, London still on GMT.
    const ms = zonedToEpoch(wall(2026, 3, 9, 10), 'America/New_York');
    expect(formatStageWhen(ms, 30, 'America/New_York', 'Europe/London')).toBe(
      'Mon 9 Mar, 14:00–14:30 (your time) · 10:00 New York (GMT-4)',
    );
    const kolkata = zonedToEpoch(wall(2026, 7, 1, 18, 30), 'Asia/Kolkata');
    expect(formatStageWhen(kolkata, 60, 'Asia/Kolkata', 'Europe/London')).toBe(
      'Wed 1 Jul, 14:00–15:00 (your time) · 18:30 Kolkata (GMT+5:30)',
    );
  });

  it('marks an end on the next day', () => {
    const ms = zonedToEpoch(wall(2026, 11, 26, 23, 30), 'Europe/London');
    expect(formatStageWhen(ms, 60, 'Europe/London', 'Europe/London')).toBe(
      'Thu 26 Nov, 23:30–00:30 (+1 day)',
    );
  });
});
