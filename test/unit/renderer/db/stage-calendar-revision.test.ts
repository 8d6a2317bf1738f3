// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { addStage, getRoleStages, updateStage } from '../../../../renderer/src/db/stages-repo';
import { stagesToIcs } from '../../../../shared/export/ics';
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

async function revisionAfter(stageId: string, patch: Record<string, unknown>): Promise<number> {
  const result = await updateStage(db, stageId, patch);
  if (!result.ok) throw new Error(result.error);
  return (await db.stages.get(stageId))?.calendarRevision ?? 0;
}

/** The SEQUENCE the calendar export writes for the role's first stage. */
async function sequence(): Promise<string> {
  const role = await db.roles.get(roleId);
  const [stage] = (await getRoleStages(db, roleId)).stages;
  if (!role || !stage) throw new Error('no stage');
  return /SEQUENCE:(\d+)/u.exec(stagesToIcs([{ role, stage }], { now: 0 }))?.[1] ?? '';
}

describe('a stage’s calendar revision (the .ics SEQUENCE)', () => {
  it('is 0 at first and grows by one per change of time, length, zone, place or title', async () => {
    const added = await addStage(db, roleId, 2_000);
    if (!added.ok) throw new Error(added.error);
    const id = added.value.id;
    const at = Date.UTC(2026, 11, 10, 14);
    expect(await revisionAfter(id, { scheduledAt: at, timezone: 'Europe/London' })).toBe(1);
    expect(await sequence()).toBe('1');
    expect(await revisionAfter(id, { prepNotes: 'Read up on Ceph' })).toBe(1);
    expect(await revisionAfter(id, { status: 'done', outcomeNotes: 'Went well' })).toBe(1);
    expect(await revisionAfter(id, { scheduledAt: at })).toBe(1);
    expect(await revisionAfter(id, { scheduledAt: at + 3_600_000 })).toBe(2);
    expect(await revisionAfter(id, { durationMinutes: 90 })).toBe(3);
    expect(await revisionAfter(id, { location: 'https://meet.example.com/x' })).toBe(4);
    expect(await revisionAfter(id, { name: 'Technical deep dive' })).toBe(5);
    expect(await revisionAfter(id, { timezone: 'Europe/Paris' })).toBe(6);
    expect(await sequence()).toBe('6');
  });

  it('a stage that was never moved exports SEQUENCE:0', async () => {
    const added = await addStage(db, roleId, 2_000);
    if (!added.ok) throw new Error(added.error);
    await db.stages.update(added.value.id, { scheduledAt: Date.UTC(2026, 11, 10, 14) });
    expect(await sequence()).toBe('0');
  });
});
