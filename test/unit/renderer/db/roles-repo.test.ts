// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import {
  currentApplications,
  getCurrentApplication,
} from '../../../../renderer/src/db/current-application';
import { deleteRole, listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import {
  listRequirements,
  setRequirementChecked,
} from '../../../../renderer/src/db/requirements-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import type { Application } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

function application(
  roleId: string,
  createdAt: number,
  status: Application['status'],
): Application {
  return {
    id: crypto.randomUUID(),
    roleId,
    status,
    channel: '',
    contact: '',
    nextAction: '',
    compensationNotes: '',
    createdAt,
    updatedAt: createdAt,
  };
}

describe('roles repository', () => {
  it('summarises each role with status and checklist progress', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const summaries = await listRoleSummaries(db);
    expect(summaries).toHaveLength(5);
    const lxd = summaries.find((s) => s.title === 'Engineering Manager, LXD');
    expect(lxd?.status).toBe('interested');
    const items = await listRequirements(db, lxd?.id ?? '');
    const required = items.filter((i) => i.kind === 'required');
    await setRequirementChecked(db, required[0]?.id ?? '', true);
    await setRequirementChecked(db, required[1]?.id ?? '', true);
    const after = (await listRoleSummaries(db)).find((s) => s.id === lxd?.id);
    expect(after?.progress.required).toEqual({ done: 2, total: required.length });
  });

  it('treats the newest application as the current one', async () => {
    const a = application('r1', 10, 'rejected');
    const b = application('r1', 20, 'applied');
    const c = application('r2', 5, 'offer');
    const current = currentApplications([b, a, c]);
    expect(current.get('r1')).toBe(b);
    expect(current.get('r2')).toBe(c);
    // Same creation time: the higher id wins, as the database index orders them.
    const [low, high] = [application('r3', 7, 'applied'), application('r3', 7, 'offer')].sort(
      (x, y) => (x.id < y.id ? -1 : 1),
    );
    if (!low || !high) throw new Error('two applications expected');
    expect(currentApplications([high, low]).get('r3')).toBe(high);
    expect(currentApplications([low, high]).get('r3')).toBe(high);

    db = freshDb();
    await db.applications.bulkAdd([a, b, c, low, high]);
    expect((await getCurrentApplication(db, 'r1'))?.id).toBe(b.id);
    expect((await getCurrentApplication(db, 'r3'))?.id).toBe(high.id);
  });

  it('deletes a role with everything that belongs to it', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const [first] = await listRoleSummaries(db);
    if (!first) throw new Error('no role');
    await deleteRole(db, first.id);
    expect(await db.roles.get(first.id)).toBeUndefined();
    expect(await db.postings.get(first.id)).toBeUndefined();
    expect(await db.requirements.where('roleId').equals(first.id).count()).toBe(0);
    expect(await db.applications.where('roleId').equals(first.id).count()).toBe(0);
    expect(await db.activities.where('roleId').equals(first.id).count()).toBe(0);
    expect(await db.roles.count()).toBe(4);
  });
});

describe('requirements repository', () => {
  it('ticks and unticks, logging each change as an activity', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES, 1000);
    const [role] = await listRoleSummaries(db);
    const [item] = await listRequirements(db, role?.id ?? '');
    if (!item) throw new Error('no item');

    expect(await setRequirementChecked(db, item.id, true, 5000)).toBe(true);
    expect(await db.requirements.get(item.id)).toMatchObject({ checked: 1, updatedAt: 5000 });
    const ticked = await db.roles.get(item.roleId);
    expect(ticked?.progress[item.kind].done).toBe(1);
    // Setting the same state again changes nothing and logs nothing.
    expect(await setRequirementChecked(db, item.id, true, 6000)).toBe(true);
    expect(await setRequirementChecked(db, item.id, false, 7000)).toBe(true);

    expect((await db.roles.get(item.roleId))?.progress[item.kind].done).toBe(0);
    const log = await db.activities.where('roleId').equals(item.roleId).sortBy('at');
    expect(log.map((entry) => entry.type)).toEqual([
      'role-created',
      'requirement-ticked',
      'requirement-unticked',
    ]);
    expect(log[1]?.summary).toBe(`Ticked: ${item.text}`);
  });

  it('reports a missing item instead of throwing', async () => {
    db = freshDb();
    expect(await setRequirementChecked(db, 'gone', true)).toBe(false);
  });
});
