// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { updateApplication } from '../../../../renderer/src/db/applications-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  claimReminders,
  listReminderSources,
  loadReminderSettings,
  loadShownReminders,
  saveReminderSettings,
} from '../../../../renderer/src/db/reminders-repo';
import { addStage, updateStage } from '../../../../renderer/src/db/stages-repo';
import { openShortlistDb } from '../../../../renderer/src/db/db';
import {
  DEFAULT_REMINDER_SETTINGS,
  MISSED_WINDOW_MS,
  planReminders,
  reminderKey,
} from '../../../../shared/domain/reminders';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

const SEEDED_AT = new Date(2026, 2, 1, 9, 0).getTime();
const NOW = new Date(2026, 2, 3, 15, 0).getTime();
const HOUR = 3_600_000;

describe('reminder settings', () => {
  it('are off with a 1 hour lead until chosen, and keep what was saved', async () => {
    db = freshDb();
    expect(await loadReminderSettings(db)).toEqual(DEFAULT_REMINDER_SETTINGS);
    const chosen = { enabled: true, lead: '15m' as const, optedInAt: NOW };
    expectOk(await saveReminderSettings(db, chosen));
    expect(await loadReminderSettings(db)).toEqual(chosen);
  });

  it('fall back to the defaults for a stored value of the wrong shape', async () => {
    db = freshDb();
    await db.meta.put({ key: 'setting:reminders', value: { enabled: 'yes', lead: '2h' } });
    expect(await loadReminderSettings(db)).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});

describe('claimReminders', () => {
  it('claims each key once, across calls and across two connections', async () => {
    db = freshDb();
    const other = openShortlistDb(db.name);
    try {
      const keys = ['interview:a:1', 'interview:b:2'].map((key) =>
        key.replace(/\d+$/u, String(NOW)),
      );
      const [first, second] = await Promise.all([
        claimReminders(db, keys, NOW),
        claimReminders(other, keys, NOW),
      ]);
      expect([...first, ...second].sort()).toEqual([...keys].sort());
      expect(await claimReminders(db, keys, NOW)).toEqual([]);
      expect(await loadShownReminders(other)).toEqual(new Set(keys));
    } finally {
      other.close();
    }
  });

  it('drops keys of events past the missed window as it records new ones', async () => {
    db = freshDb();
    const old = `interview:old:${String(NOW - MISSED_WINDOW_MS - 1)}`;
    await claimReminders(db, [old], NOW - MISSED_WINDOW_MS);
    const fresh = `interview:new:${String(NOW + HOUR)}`;
    await claimReminders(db, [fresh], NOW);
    expect(await loadShownReminders(db)).toEqual(new Set([fresh]));
  });
});

describe('listReminderSources', () => {
  it('lists open interviews at their time and follow-ups at 9:00 on their due day', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, SEEDED_AT);
    const stage = expectOk(await addStage(db, roleId, SEEDED_AT));
    expectOk(
      await updateStage(db, stage.id, {
        name: 'Panel',
        scheduledAt: NOW + HOUR,
        status: 'scheduled',
      }),
    );
    const dueDay = new Date(2026, 2, 5).getTime();
    expectOk(
      await updateApplication(db, application.id, {
        nextAction: 'Send references',
        nextActionDue: dueDay,
      }),
    );
    const sources = await listReminderSources(db, NOW);
    expect(sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'interview',
          id: stage.id,
          title: 'Panel',
          at: NOW + HOUR,
        }),
        expect.objectContaining({
          kind: 'follow-up',
          id: application.id,
          title: 'Send references',
          at: new Date(2026, 2, 5, 9, 0).getTime(),
        }),
      ]),
    );
    expect(sources).toHaveLength(2);

    // Planned with a 1 hour lead, the interview is due now, once; rescheduled, it waits.
    const settings = { enabled: true, lead: '1h' as const, optedInAt: NOW - HOUR };
    const due = planReminders(sources, { settings, now: NOW, shown: new Set() }).due;
    expect(due.map((r) => r.id)).toEqual([stage.id]);
    expect(
      await claimReminders(
        db,
        due.map((r) => r.key),
        NOW,
      ),
    ).toHaveLength(1);
    const shown = await loadShownReminders(db);
    expect(planReminders(sources, { settings, now: NOW, shown }).due).toEqual([]);
    expectOk(await updateStage(db, stage.id, { scheduledAt: NOW + 3 * HOUR }));
    const moved = await listReminderSources(db, NOW);
    const plan = planReminders(moved, { settings, now: NOW, shown });
    expect(plan.due).toEqual([]);
    expect(plan.nextAt).toBe(NOW + 2 * HOUR);
    expect(shown.has(reminderKey({ kind: 'interview', id: stage.id, at: NOW + 3 * HOUR }))).toBe(
      false,
    );
  });
});
