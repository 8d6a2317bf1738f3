import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  MISSED_WINDOW_MS,
  followUpMoment,
  leadMinutes,
  planReminders,
  recordShown,
  reminderKey,
  remindersFor,
  type ReminderSettings,
  type ReminderSource,
} from '../../../../shared/domain/reminders';
import { missedLine, reminderMessage, timeUntil } from '../../../../shared/domain/reminder-text';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 3, 12, 0);

function source(patch: Partial<ReminderSource> = {}): ReminderSource {
  return {
    kind: 'interview',
    id: 'stage-1',
    roleId: 'role-1',
    roleTitle: 'Engineering Manager, LXD',
    title: 'Technical interview',
    at: NOW + HOUR,
    ...patch,
  };
}

const on = (patch: Partial<ReminderSettings> = {}): ReminderSettings => ({
  enabled: true,
  lead: '1h',
  optedInAt: NOW - DAY,
  ...patch,
});

function plan(sources: ReminderSource[], settings = on(), shown: string[] = [], now = NOW) {
  return planReminders(sources, { settings, now, shown: new Set(shown) });
}

describe('lead times', () => {
  it('maps each choice to minutes, none to null', () => {
    expect(leadMinutes('none')).toBeNull();
    expect(leadMinutes('15m')).toBe(15);
    expect(leadMinutes('1h')).toBe(60);
    expect(leadMinutes('1d')).toBe(1440);
  });

  it('fires each reminder its lead before the event', () => {
    const event = source({ at: NOW + 3 * DAY });
    expect(remindersFor([event], '15m')[0]?.fireAt).toBe(event.at - 15 * MIN);
    expect(remindersFor([event], '1h')[0]?.fireAt).toBe(event.at - HOUR);
    expect(remindersFor([event], '1d')[0]?.fireAt).toBe(event.at - DAY);
    expect(remindersFor([event], 'none')).toEqual([]);
  });

  it('counts a follow-up from 9:00 local time on its due day', () => {
    const midnight = new Date(2026, 11, 10).getTime();
    const moment = new Date(followUpMoment(midnight));
    expect([moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([10, 9, 0]);
  });
});

describe('planReminders', () => {
  it('plans nothing until the user opts in', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, lead: '1d' as const };
    expect(plan([source()], settings)).toEqual({ due: [], missed: [], nextAt: null });
  });

  it('plans nothing for "no reminder"', () => {
    expect(plan([source()], on({ lead: 'none' }))).toEqual({ due: [], missed: [], nextAt: null });
  });

  it('an interview 1 h ahead with a 1 h lead is due now', () => {
    const result = plan([source()]);
    expect(result.due.map((r) => r.key)).toEqual(['interview:stage-1:' + String(NOW + HOUR)]);
    expect(result.nextAt).toBeNull();
  });

  it('waits for a later reminder and says when', () => {
    const result = plan([source({ at: NOW + 3 * HOUR }), source({ id: 's2', at: NOW + 2 * HOUR })]);
    expect(result.due).toEqual([]);
    expect(result.nextAt).toBe(NOW + HOUR);
  });

  it('fires each reminder once: a shown key is never due again', () => {
    const event = source();
    expect(plan([event], on(), [reminderKey(event)]).due).toEqual([]);
  });

  it('reminds again after a reschedule, at the new time', () => {
    const before = source();
    const moved = source({ at: NOW + 5 * HOUR });
    const result = plan([moved], on(), [reminderKey(before)]);
    expect(result.due).toEqual([]);
    expect(result.nextAt).toBe(NOW + 4 * HOUR);
    expect(plan([moved], on(), [reminderKey(before)], NOW + 4 * HOUR).due).toHaveLength(1);
  });

  it('reports a reminder whose event passed unshown as missed', () => {
    const closedThrough = source({ at: NOW - 2 * HOUR });
    const result = plan([closedThrough]);
    expect(result.missed.map((r) => r.id)).toEqual(['stage-1']);
    expect(result.due).toEqual([]);
    expect(plan([closedThrough], on(), [reminderKey(closedThrough)]).missed).toEqual([]);
  });

  it('never reports events from before opting in, or older than the window', () => {
    const beforeOptIn = source({ at: NOW - 2 * HOUR });
    expect(plan([beforeOptIn], on({ optedInAt: NOW - HOUR })).missed).toEqual([]);
    const ancient = source({ at: NOW - MISSED_WINDOW_MS - HOUR });
    expect(plan([ancient], on({ optedInAt: 0 })).missed).toEqual([]);
  });

  it('shows a reminder late, not missed, when its event is still ahead', () => {
    const result = plan([source({ at: NOW + 10 * MIN })], on({ lead: '1d' }));
    expect(result.due).toHaveLength(1);
    expect(result.missed).toEqual([]);
  });

  it('skips sources with no valid time', () => {
    expect(plan([source({ at: Number.NaN })])).toEqual({ due: [], missed: [], nextAt: null });
  });
});

describe('recordShown', () => {
  it('adds keys once and drops ones past the missed window', () => {
    const old = reminderKey(source({ at: NOW - MISSED_WINDOW_MS - 1 }));
    const recent = reminderKey(source({ at: NOW - HOUR }));
    const fresh = reminderKey(source({ at: NOW + HOUR }));
    expect(recordShown([old, recent], [fresh, recent], NOW)).toEqual([recent, fresh]);
  });
});

describe('reminder text', () => {
  it('names the stage and role in the title, and when in the body', () => {
    const [reminder] = remindersFor([source()], '1h');
    if (!reminder) throw new Error('no reminder');
    const message = reminderMessage(reminder, NOW);
    expect(message.title).toBe('Technical interview — Engineering Manager, LXD');
    expect(message.body).toMatch(/^Interview in 1 hour, /u);
    const [followUp] = remindersFor([source({ kind: 'follow-up', title: 'Chase' })], '1d');
    if (!followUp) throw new Error('no reminder');
    expect(reminderMessage(followUp, NOW).body).toMatch(/^Follow-up due in 1 hour/u);
    expect(missedLine(followUp)).toMatch(/^Follow-up: Chase — Engineering Manager, LXD \(/u);
  });

  it('says how long until, in the largest unit', () => {
    expect(timeUntil(-5)).toBe('now');
    expect(timeUntil(MIN)).toBe('in 1 minute');
    expect(timeUntil(15 * MIN)).toBe('in 15 minutes');
    expect(timeUntil(2 * HOUR)).toBe('in 2 hours');
    expect(timeUntil(DAY)).toBe('in 1 day');
  });
});
