// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  loadCalendarItems,
  loadExportRoles,
  loadRoleExportSlices,
  loadRoleExport,
} from '../../../../renderer/src/db/export-repo';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import type { Application, InterviewStage } from '../../../../shared/domain/model';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { RoleExportData } from '../../../../shared/export/types';
import { note, stage } from '../../shared/export/seeded-role';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const HOUR = 3_600_000;

let db: ShortlistDb;
let roleId: string;
let otherRoleId: string;
let oldApplication: Application;
let newApplication: Application;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
  const summaries = await listRoleSummaries(db);
  roleId = summaries.find((s) => s.title === 'Engineering Manager, LXD')?.id ?? '';
  otherRoleId = summaries.find((s) => s.title !== 'Engineering Manager, LXD')?.id ?? '';
  const first = await db.applications.where('roleId').equals(roleId).first();
  if (!first) throw new Error('seeded role has no application');
  oldApplication = { ...first, status: 'rejected' };
  newApplication = {
    ...first,
    id: 'app-new',
    status: 'applied',
    createdAt: 5_000,
    updatedAt: 5_000,
  };
  await db.applications.bulkPut([oldApplication, newApplication]);
});

afterEach(async () => {
  await db.delete();
});

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('loadRoleExport', () => {
  it('loads the role with its posting, checklist, newest application, its stages and all notes', async () => {
    await db.stages.bulkAdd([
      stage('old-1', 0, { name: 'Old round' }, oldApplication.id, roleId),
      stage('new-2', 1, { name: 'Second' }, newApplication.id, roleId),
      stage('new-1', 0, { name: 'First' }, newApplication.id, roleId),
    ]);
    await db.notes.bulkAdd([
      note('note-1', roleId, { title: 'About the old round', stageId: 'old-1' }),
      note('note-2', roleId, { title: 'General', createdAt: 9_000 }),
      note('note-x', otherRoleId, { title: 'Another role' }),
    ]);

    const data = await loadRoleExport(db, roleId);
    expect(data?.role.title).toBe('Engineering Manager, LXD');
    expect(data?.posting?.text).toContain('LXD');
    expect(data?.application?.id).toBe('app-new');
    expect(data?.stages.map((s) => s.id)).toEqual(['new-1', 'new-2']);
    expect(byId(data?.notes ?? []).map((n) => n.id)).toEqual(['note-1', 'note-2']);
    expect(data?.requirements).toHaveLength(11);
    expect(data?.requirements.every((item) => item.roleId === roleId)).toBe(true);

    const markdown = roleToMarkdown(data as RoleExportData, { exportedAt: NOW, timeZone: 'UTC' });
    expect(markdown).toContain('status: "applied"');
    expect(markdown).toContain('### 1. First');
    expect(markdown).not.toContain('Old round');
  });

  it('is undefined for a role that does not exist', async () => {
    expect(await loadRoleExport(db, 'no-such-role')).toBeUndefined();
  });

  it('loads a role with no application and no posting', async () => {
    await db.applications.where('roleId').equals(roleId).delete();
    await db.postings.delete(roleId);
    const data = await loadRoleExport(db, roleId);
    expect(data).toBeDefined();
    expect(data?.application).toBeUndefined();
    expect(data?.posting).toBeUndefined();
    expect(data?.stages).toEqual([]);
  });
});

/** Every slice of every role's export data, `size` roles a slice. */
async function slicesOf(size: number): Promise<RoleExportData[][]> {
  const ids = (await loadExportRoles(db)).map((role) => role.id);
  const slices: RoleExportData[][] = [];
  for await (const slice of loadRoleExportSlices(db, ids, size)) slices.push(slice);
  return slices;
}

describe('loadRoleExportSlices', () => {
  it('loads every role in slices, each as loadRoleExport does', async () => {
    await db.stages.bulkAdd([
      stage('new-2', 1, { name: 'Second' }, newApplication.id, roleId),
      stage('new-1', 0, { name: 'First' }, newApplication.id, roleId),
      stage('old-1', 0, { name: 'Old' }, oldApplication.id, roleId),
    ]);
    await db.notes.add(note('note-2', roleId, { title: 'General' }));
    const slices = await slicesOf(2);
    expect(slices.map((slice) => slice.length)).toEqual([2, 2, 1]);
    const all = slices.flat();
    expect(new Set(all.map((data) => data.role.id)).size).toBe(5);
    for (const data of all) {
      const single = await loadRoleExport(db, data.role.id);
      expect({
        ...data,
        requirements: byId(data.requirements),
        notes: byId(data.notes),
      }).toEqual({
        ...single,
        requirements: byId(single?.requirements ?? []),
        notes: byId(single?.notes ?? []),
      });
    }
    const lxd = all.find((data) => data.role.id === roleId);
    expect(lxd?.application?.id).toBe('app-new');
    expect(lxd?.stages.map((s) => s.id)).toEqual(['new-1', 'new-2']);
  });

  it('leaves out a role deleted since the ids were read, and nothing of it leaks', async () => {
    const ids = (await loadExportRoles(db)).map((role) => role.id);
    await db.roles.delete(otherRoleId);
    const all: RoleExportData[] = [];
    for await (const slice of loadRoleExportSlices(db, ids, 3)) all.push(...slice);
    expect(all.map((data) => data.role.id).sort()).toEqual(
      ids.filter((id) => id !== otherRoleId).sort(),
    );
    for (const data of all) {
      for (const item of [...data.requirements, ...data.notes, ...data.stages]) {
        expect(item.roleId).toBe(data.role.id);
      }
    }
  });

  it('yields nothing for an empty database', async () => {
    await db.roles.clear();
    expect(await slicesOf(2)).toEqual([]);
  });
});

describe('loadCalendarItems', () => {
  const at = (hours: number) => NOW + hours * HOUR;
  let stages: InterviewStage[];

  beforeEach(async () => {
    stages = [
      stage('later', 0, { scheduledAt: at(48), status: 'scheduled' }, newApplication.id, roleId),
      stage('soon', 1, { scheduledAt: at(1), status: 'planned' }, newApplication.id, roleId),
      stage('past', 2, { scheduledAt: at(-1), status: 'scheduled' }, newApplication.id, roleId),
      stage('off', 3, { scheduledAt: at(5), status: 'cancelled' }, newApplication.id, roleId),
      stage('over', 4, { scheduledAt: at(6), status: 'passed' }, newApplication.id, roleId),
      stage('untimed', 5, { status: 'planned' }, newApplication.id, roleId),
      stage('was-off', 6, { scheduledAt: at(-2), status: 'cancelled' }, newApplication.id, roleId),
      stage('elsewhere', 0, { scheduledAt: at(2), status: 'scheduled' }, 'app-x', otherRoleId),
      stage('orphan', 0, { scheduledAt: at(3), status: 'scheduled' }, 'app-y', 'gone-role'),
    ];
    await db.stages.bulkAdd(stages);
  });

  const ids = (items: { stage: InterviewStage }[]) => items.map((item) => item.stage.id);

  it('gives the upcoming open and cancelled rounds of every role, soonest first, with their role', async () => {
    const items = await loadCalendarItems(db, { now: NOW });
    // A cancelled round still ahead is included so the calendar drops it; a past one is not.
    expect(ids(items)).toEqual(['soon', 'elsewhere', 'off', 'later']);
    expect(items[0]?.role.id).toBe(roleId);
    expect(items[1]?.role.id).toBe(otherRoleId);
    expect(items[2]?.stage.status).toBe('cancelled');
  });

  it('keeps to one role when asked', async () => {
    expect(ids(await loadCalendarItems(db, { now: NOW, roleId }))).toEqual([
      'soon',
      'off',
      'later',
    ]);
  });

  it('gives exactly the stage asked for, past or cancelled, and nothing for a missing one', async () => {
    expect(ids(await loadCalendarItems(db, { now: NOW, stageId: 'past' }))).toEqual(['past']);
    expect(ids(await loadCalendarItems(db, { now: NOW, stageId: 'off' }))).toEqual(['off']);
    expect(await loadCalendarItems(db, { now: NOW, stageId: 'nope' })).toEqual([]);
    expect(await loadCalendarItems(db, { now: NOW, stageId: 'orphan' })).toEqual([]);
  });
});
