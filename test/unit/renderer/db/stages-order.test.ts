// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import {
  addStage,
  deleteStage,
  listUpcomingStages,
  moveStage,
  reorderStages,
  restoreStage,
  updateStage,
} from '../../../../renderer/src/db/stages-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { seedLxd, stagesIn, fromGenericIn } from './stages-fixture';
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

const stages = () => stagesIn(db, roleId);
const fromGeneric = () => fromGenericIn(db, roleId);
const names = async () => (await stages()).map((s) => s.name);
const orders = async () => (await stages()).map((s) => s.order);

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
