// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import {
  addStage,
  addStagesFromTemplate,
  createStageTemplate,
  deleteStageTemplate,
  ensureStageTemplates,
  listStageTemplates,
  restoreStageTemplate,
  saveStageTemplate,
  updateStage,
} from '../../../../renderer/src/db/stages-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { seedLxd, templateIdIn, stagesIn, fromGenericIn } from './stages-fixture';
import { freshDb } from './test-db';

let db: ShortlistDb;
let roleId: string;

beforeEach(async () => {
  db = freshDb();
  roleId = await seedLxd(db);
});

afterEach(async () => {
  await db.delete();
});

const templateId = (name: string) => templateIdIn(db, name);
const stages = () => stagesIn(db, roleId);
const fromGeneric = () => fromGenericIn(db, roleId);
const names = async () => (await stages()).map((s) => s.name);
const orders = async () => (await stages()).map((s) => s.order);

describe('stage templates', () => {
  it('seeds the two built-ins once, and a deleted one stays deleted', async () => {
    await ensureStageTemplates(db, 2_000);
    await ensureStageTemplates(db, 2_500);
    const templates = await listStageTemplates(db);
    expect(templates.map((t) => t.name)).toEqual(['Generic', 'Long-form process']);
    const generic = templates[0];
    if (!generic) throw new Error('missing');
    const deleted = await deleteStageTemplate(db, generic.id);
    await ensureStageTemplates(db, 3_000);
    expect((await listStageTemplates(db)).map((t) => t.name)).toEqual(['Long-form process']);
    if (deleted) await restoreStageTemplate(db, deleted);
    expect(await listStageTemplates(db)).toEqual(templates);
  });

  it('saves a renamed, reordered template without blank rows, and refuses no name', async () => {
    const id = await templateId('Generic');
    const saved = await saveStageTemplate(
      db,
      id,
      {
        name: '  Startup  ',
        stages: [
          { name: ' Founder chat ', kind: 'hiring manager', durationMinutes: 30 },
          { name: '   ', kind: 'other' },
          { name: 'Take-home', kind: 'assessment' },
        ],
      },
      4_000,
    );
    expect(saved.ok).toBe(true);
    const stored = await db.stageTemplates.get(id);
    expect(stored?.name).toBe('Startup');
    expect(stored?.stages).toEqual([
      { name: 'Founder chat', kind: 'hiring manager', durationMinutes: 30 },
      { name: 'Take-home', kind: 'assessment' },
    ]);
    expect(stored?.updatedAt).toBe(4_000);
    const refused = await saveStageTemplate(db, id, { name: ' ', stages: [] });
    expect(refused).toEqual({ ok: false, error: 'A template needs a name.' });
    expect((await db.stageTemplates.get(id))?.name).toBe('Startup');
    const bad = await saveStageTemplate(db, id, {
      name: 'X',
      stages: [{ name: 'a', kind: 'nap' }],
    });
    expect(bad.ok).toBe(false);
  });

  it('creates a template of the user’s own', async () => {
    await ensureStageTemplates(db, 2_000);
    const made = await createStageTemplate(
      db,
      { name: 'Agency', stages: [{ name: 'Agency call', kind: 'recruiter call' }] },
      5_000,
    );
    expect(made.ok).toBe(true);
    expect((await listStageTemplates(db)).map((t) => t.name)).toEqual([
      'Generic',
      'Long-form process',
      'Agency',
    ]);
  });
});

describe('creating stages', () => {
  it('creates the generic set on the current application, in order', async () => {
    const created = await fromGeneric();
    const application = await getCurrentApplication(db, roleId);
    expect(await names()).toEqual([
      'Recruiter call',
      'Hiring manager interview',
      'Technical interview',
      'Peer/panel interview',
      'Offer call',
    ]);
    expect(await orders()).toEqual([0, 1, 2, 3, 4]);
    expect(created.every((s) => s.roleId === roleId && s.applicationId === application?.id)).toBe(
      true,
    );
  });

  it('appends a second template after existing stages', async () => {
    const blank = await addStage(db, roleId, 2_000);
    expect(blank.ok && blank.value.name).toBe('New stage');
    await addStagesFromTemplate(db, roleId, await templateId('Long-form process'));
    const all = await stages();
    expect(all[0]?.name).toBe('New stage');
    expect(all[1]?.name).toBe('Written answers');
    expect(all.map((s) => s.order)).toEqual(all.map((_, i) => i));
  });

  it('puts stages on the newest application after a re-application', async () => {
    await fromGeneric();
    const reapplication = {
      id: 'app-2',
      roleId,
      status: 'applied' as const,
      channel: '',
      contact: '',
      nextAction: '',
      compensationNotes: '',
      createdAt: 9_000,
      updatedAt: 9_000,
    };
    await db.applications.add(reapplication);
    expect(await stages()).toEqual([]);
    await addStage(db, roleId);
    const [only] = await stages();
    expect(only?.applicationId).toBe('app-2');
    expect(only?.order).toBe(0);
  });

  it('refuses an unknown template and changes nothing', async () => {
    const result = await addStagesFromTemplate(db, roleId, 'nope');
    expect(result).toEqual({ ok: false, error: 'That template no longer exists.' });
    expect(await stages()).toEqual([]);
  });
});

describe('editing stages', () => {
  it('validates the patch and refuses foreign keys', async () => {
    const [first] = await fromGeneric();
    const id = first?.id ?? '';
    expect((await updateStage(db, id, { name: '   ' })).ok).toBe(false);
    expect((await updateStage(db, id, { status: 'won' })).ok).toBe(false);
    expect((await updateStage(db, id, { roleId: 'other' })).ok).toBe(false);
    expect((await updateStage(db, id, { timezone: 'Mars/Base' })).ok).toBe(false);
    expect((await updateStage(db, 'missing', { name: 'x' })).ok).toBe(false);
    expect((await db.stages.get(id))?.name).toBe('Recruiter call');
  });

  it('schedules a planned stage when it gets a time, and clears fields with null', async () => {
    const [first] = await fromGeneric();
    const id = first?.id ?? '';
    const at = Date.UTC(2026, 10, 26, 14);
    await updateStage(db, id, { scheduledAt: at, timezone: 'Europe/London', durationMinutes: 45 });
    expect(await db.stages.get(id)).toMatchObject({
      scheduledAt: at,
      timezone: 'Europe/London',
      durationMinutes: 45,
      status: 'scheduled',
    });
    await updateStage(db, id, { scheduledAt: null, durationMinutes: null });
    const cleared = await db.stages.get(id);
    expect(cleared).not.toHaveProperty('scheduledAt');
    expect(cleared).not.toHaveProperty('durationMinutes');
    expect(cleared?.timezone).toBe('Europe/London');
  });

  it('logs a stage result in the same transaction as the status', async () => {
    const created = await fromGeneric();
    const technical = created[2];
    const id = technical?.id ?? '';
    const before = await listActivities(db, roleId);
    const result = await updateStage(
      db,
      id,
      { status: 'passed', outcomeNotes: 'Strong on systems design.\nMore detail.' },
      50_000,
    );
    expect(result.ok).toBe(true);
    const activities = await listActivities(db, roleId);
    expect(activities).toHaveLength(before.length + 1);
    expect(activities[0]).toMatchObject({
      type: 'stage-result',
      roleId,
      applicationId: technical?.applicationId,
      at: 50_000,
      summary: 'Technical interview: passed — Strong on systems design.',
    });
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(50_000);
    // Editing the notes of a recorded result, or setting the same status, logs nothing.
    await updateStage(db, id, { outcomeNotes: 'Edited', status: 'passed' }, 60_000);
    await updateStage(db, id, { status: 'scheduled' }, 61_000);
    expect(await listActivities(db, roleId)).toHaveLength(before.length + 1);
  });

  it('rolls the status back when the activity cannot be written', async () => {
    const [first] = await fromGeneric();
    const id = first?.id ?? '';
    const before = await listActivities(db, roleId);
    // A failing log write inside the transaction must undo the status change too.
    db.activities.hook('creating', () => {
      throw new Error('log unavailable');
    });
    await expect(updateStage(db, id, { status: 'failed' })).rejects.toThrow('log unavailable');
    expect((await db.stages.get(id))?.status).toBe('planned');
    expect(await listActivities(db, roleId)).toEqual(before);
  });
});
