// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import {
  addStage,
  addStagesFromTemplate,
  createStageTemplate,
  deleteStage,
  deleteStageTemplate,
  ensureStageTemplates,
  getRoleStages,
  listStageTemplates,
  listUpcomingStages,
  moveStage,
  reorderStages,
  restoreStage,
  restoreStageTemplate,
  saveStageTemplate,
  updateStage,
} from '../../../../renderer/src/db/stages-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import type { InterviewStage } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

let db: ShortlistDb;
let roleId: string;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
  const lxd = (await listRoleSummaries(db)).find((s) => s.title === 'Engineering Manager, LXD');
  roleId = lxd?.id ?? '';
});

afterEach(async () => {
  await db.delete();
});

async function templateId(name: string): Promise<string> {
  await ensureStageTemplates(db, 2_000);
  const template = (await listStageTemplates(db)).find((t) => t.name === name);
  if (!template) throw new Error(`no template ${name}`);
  return template.id;
}

async function stages(): Promise<InterviewStage[]> {
  return (await getRoleStages(db, roleId)).stages;
}

async function fromGeneric(): Promise<InterviewStage[]> {
  const result = await addStagesFromTemplate(db, roleId, await templateId('Generic'), 3_000);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

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

describe('order, delete and undo', () => {
  it('persists a reorder and renumbers 0…n-1', async () => {
    const created = await fromGeneric();
    const ids = created.map((s) => s.id);
    const reordered = [ids[2], ids[0], ids[1], ids[3], ids[4]].map(String);
    await reorderStages(db, created[0]?.applicationId ?? '', reordered);
    expect((await stages()).map((s) => s.id)).toEqual(reordered);
    expect(await orders()).toEqual([0, 1, 2, 3, 4]);
    expect(await moveStage(db, reordered[0] ?? '', -1)).toBe(false);
    expect(await moveStage(db, reordered[0] ?? '', 1)).toBe(true);
    expect(await names()).toEqual([
      'Recruiter call',
      'Technical interview',
      'Hiring manager interview',
      'Peer/panel interview',
      'Offer call',
    ]);
  });

  it('keeps stages that appeared meanwhile when a stale order arrives', async () => {
    const created = await fromGeneric();
    const extra = await addStage(db, roleId);
    const stale = created.map((s) => s.id).reverse();
    await reorderStages(db, created[0]?.applicationId ?? '', stale);
    const ids = (await stages()).map((s) => s.id);
    expect(ids).toEqual([...stale, extra.ok ? extra.value.id : '']);
  });

  it('deletes a stage and Undo restores it exactly, in its place', async () => {
    const created = await fromGeneric();
    const target = created[2]?.id ?? '';
    await updateStage(db, target, {
      prepNotes: 'Revise LXD internals',
      probeRequirementIds: ['r1', 'r2'],
    });
    const before = await stages();
    const deleted = await deleteStage(db, target);
    expect(deleted?.index).toBe(2);
    expect(await orders()).toEqual([0, 1, 2, 3]);
    expect(await names()).not.toContain('Technical interview');
    if (!deleted) throw new Error('not deleted');
    await restoreStage(db, deleted);
    expect(await stages()).toEqual(before);
    expect(await deleteStage(db, 'missing')).toBeNull();
  });

  it('restores after the others were reordered, at the old index', async () => {
    const created = await fromGeneric();
    const deleted = await deleteStage(db, created[0]?.id ?? '');
    await moveStage(db, created[4]?.id ?? '', -1);
    if (!deleted) throw new Error('not deleted');
    await restoreStage(db, deleted);
    expect(await names()).toEqual([
      'Recruiter call',
      'Hiring manager interview',
      'Technical interview',
      'Offer call',
      'Peer/panel interview',
    ]);
    expect(await orders()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('listUpcomingStages', () => {
  it('lists planned and scheduled stages from a time on, soonest first, across roles', async () => {
    const created = await fromGeneric();
    const other = (await listRoleSummaries(db)).find((s) => s.id !== roleId)?.id ?? '';
    const added = await addStage(db, other);
    const t = (h: number) => Date.UTC(2026, 10, 26, h);
    await updateStage(db, created[0]?.id ?? '', { scheduledAt: t(9) }); // before "from"
    await updateStage(db, created[1]?.id ?? '', { scheduledAt: t(15) });
    await updateStage(db, created[2]?.id ?? '', { scheduledAt: t(12), status: 'cancelled' });
    await updateStage(db, created[3]?.id ?? '', { scheduledAt: t(11), status: 'planned' });
    if (added.ok) await updateStage(db, added.value.id, { scheduledAt: t(13) });
    const upcoming = await listUpcomingStages(db, t(10));
    expect(upcoming.map((s) => [s.name, s.roleId, s.scheduledAt])).toEqual([
      ['Peer/panel interview', roleId, t(11)],
      ['New stage', other, t(13)],
      ['Hiring manager interview', roleId, t(15)],
    ]);
  });
});
