// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import { listAgenda } from '../../../../renderer/src/db/agenda-repo';
import { updateApplication } from '../../../../renderer/src/db/applications-repo';
import {
  countArchivedRoles,
  countRoles,
  listRoleSummaries,
} from '../../../../renderer/src/db/roles-repo';
import { setClosingDate, setRoleArchived } from '../../../../renderer/src/db/role-state-repo';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

const T0 = Date.UTC(2026, 11, 1, 9, 0);
let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

describe('archiving a role', () => {
  it('hides it from the tracked roles, counts it apart and logs it, in one step', async () => {
    db = freshDb();
    const { roleId } = await seededRole(db, T0);
    const role = expectOk(await setRoleArchived(db, roleId, true, T0 + 1000));
    expect(role).toMatchObject({ archived: 1, archivedAt: T0 + 1000, lastActivityAt: T0 + 1000 });
    expect(await countRoles(db)).toBe(4);
    expect(await countArchivedRoles(db)).toBe(1);
    expect((await listRoleSummaries(db, T0)).map((r) => r.id)).not.toContain(roleId);
    const archived = await listRoleSummaries(db, T0, { archived: 'only' });
    expect(archived.map((r) => [r.id, r.archived])).toEqual([[roleId, 1]]);
    const [latest] = await listActivities(db, roleId);
    expect(latest).toMatchObject({ type: 'role-archived', summary: 'Archived the role' });
  });

  it('unarchives (the undo): back in the list, the time removed, logged too', async () => {
    db = freshDb();
    const { roleId } = await seededRole(db, T0);
    expectOk(await setRoleArchived(db, roleId, true, T0 + 1000));
    const role = expectOk(await setRoleArchived(db, roleId, false, T0 + 2000));
    expect(role.archived).toBe(0);
    expect('archivedAt' in role).toBe(false);
    expect(await countArchivedRoles(db)).toBe(0);
    expect((await listRoleSummaries(db, T0)).map((r) => r.id)).toContain(roleId);
    const types = (await listActivities(db, roleId)).map((activity) => activity.type);
    expect(types.slice(0, 2)).toEqual(['role-unarchived', 'role-archived']);
  });

  it('logs nothing when the role is already in that state, and refuses a missing role', async () => {
    db = freshDb();
    const { roleId } = await seededRole(db, T0);
    const before = (await listActivities(db, roleId)).length;
    expectOk(await setRoleArchived(db, roleId, false, T0 + 1000));
    expect(await listActivities(db, roleId)).toHaveLength(before);
    const missing = await setRoleArchived(db, 'no-such-role', true);
    expect(missing.ok).toBe(false);
  });

  it('leaves archived roles out of the Agenda', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, T0);
    expectOk(await updateApplication(db, application.id, { nextActionDue: T0 + 86_400_000 }));
    expect((await listAgenda(db, T0)).map((item) => item.roleId)).toContain(roleId);
    expectOk(await setRoleArchived(db, roleId, true, T0));
    expect((await listAgenda(db, T0)).map((item) => item.roleId)).not.toContain(roleId);
  });
});

describe('closing date and pay on the role rows', () => {
  it('stores a real day or "", refusing anything else', async () => {
    db = freshDb();
    const { roleId } = await seededRole(db, T0);
    expect(expectOk(await setClosingDate(db, roleId, '2026-12-12')).closingDate).toBe('2026-12-12');
    const [row] = (await listRoleSummaries(db, T0)).filter((r) => r.id === roleId);
    expect(row?.closingDate).toBe('2026-12-12');
    for (const bad of ['2026-02-30', '12/12/2026', 20261212, null]) {
      expect((await setClosingDate(db, roleId, bad)).ok).toBe(false);
    }
    expect(expectOk(await setClosingDate(db, roleId, '')).closingDate).toBe('');
  });

  it('validates a pay range on save and shows it on the row', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, T0);
    const inverted = { min: 95000, max: 80000, currency: 'GBP', period: 'year' };
    const refused = await updateApplication(db, application.id, { compensation: inverted });
    expect(refused).toEqual({
      ok: false,
      error: 'Not saved: compensation.max: The minimum is more than the maximum.',
    });
    const range = { min: 80000, max: 95000, currency: 'GBP', period: 'year' };
    expectOk(await updateApplication(db, application.id, { compensation: range }));
    const row = (await listRoleSummaries(db, T0)).find((r) => r.id === roleId);
    expect(row?.compensation).toEqual(range);
    expectOk(await updateApplication(db, application.id, { compensation: null }));
    const cleared = (await listRoleSummaries(db, T0)).find((r) => r.id === roleId);
    expect(cleared && 'compensation' in cleared).toBe(false);
  });
});
