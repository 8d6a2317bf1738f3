/** The reminder lead time as a VALARM in calendar exports, read back with ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { REMINDER_LEADS } from '../../../../shared/domain/reminders';
import { alarmTrigger, stagesToIcs } from '../../../../shared/export/ics';
import type { CalendarItem } from '../../../../shared/export/types';
import { OPTIONS, seededExport, stage } from './seeded-role';

const NOW = OPTIONS.exportedAt;

function items(): CalendarItem[] {
  const data = seededExport();
  return data.stages.map((item) => ({ role: data.role, stage: item }));
}

/** Each event's alarms as [action, trigger in seconds relative to the start, description]. */
function alarms(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) =>
    event.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      if (!(trigger instanceof ICAL.Duration)) throw new Error('trigger is not a duration');
      return {
        action: alarm.getFirstPropertyValue('action'),
        seconds: trigger.toSeconds(),
        description: alarm.getFirstPropertyValue('description'),
      };
    }),
  );
}

describe('stagesToIcs alarms', () => {
  it.each([
    ['15m', -15 * 60],
    ['1h', -60 * 60],
    ['1d', -24 * 60 * 60],
  ] as const)(
    'writes one display alarm per event for %s, %i s before the start',
    (lead, seconds) => {
      const parsed = alarms(stagesToIcs(items(), { now: NOW, alarm: lead }));
      expect(parsed).toHaveLength(2);
      for (const eventAlarms of parsed) {
        expect(eventAlarms).toHaveLength(1);
        expect(eventAlarms[0]).toMatchObject({ action: 'DISPLAY', seconds });
      }
      expect(parsed[1]?.[0]?.description).toBe(
        'Technical interview — Engineering Manager, LXD (Canonical)',
      );
    },
  );

  it('writes no VALARM for "no reminder" or when no lead is given', () => {
    for (const alarm of ['none', undefined] as const) {
      const ics = stagesToIcs(items(), alarm === undefined ? { now: NOW } : { now: NOW, alarm });
      expect(ics).not.toContain('VALARM');
      expect(alarms(ics).flat()).toEqual([]);
    }
  });

  it('gives a cancelled round no alarm', () => {
    const [base] = items();
    if (!base) throw new Error('no item');
    const at = Date.UTC(2027, 0, 5, 9, 0);
    const cancelled = {
      ...base,
      stage: stage('c', 0, { scheduledAt: at, status: 'cancelled' }, 'a', base.role.id),
    };
    expect(alarms(stagesToIcs([cancelled, base], { now: NOW, alarm: '1h' }))).toEqual([
      [{ action: 'DISPLAY', seconds: -3600, description: expect.any(String) as unknown }],
      [],
    ]);
  });

  it('keeps every line folded and the calendar valid with alarms', () => {
    for (const lead of REMINDER_LEADS) {
      const ics = stagesToIcs(items(), { now: NOW, alarm: lead });
      for (const line of ics.slice(0, -2).split('\r\n')) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    }
  });

  it('writes triggers in the largest whole unit', () => {
    expect(alarmTrigger(15)).toBe('-PT15M');
    expect(alarmTrigger(60)).toBe('-PT1H');
    expect(alarmTrigger(90)).toBe('-PT90M');
    expect(alarmTrigger(24 * 60)).toBe('-P1D');
  });
});
