// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import {
  addContact,
  deleteContact,
  listContactRows,
  listRoleContacts,
  restoreContact,
  setStageInterviewers,
  updateContact,
} from '../../../../renderer/src/db/contacts-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { deleteRole, listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { BLANK_CONTACT } from '../../../../shared/domain/contact-rules';
import { expectOk } from './seeded-role';
import { fromGenericIn, seedLxd } from './stages-fixture';
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

const ada = { ...BLANK_CONTACT, name: '  Ada Lovelace ', role: 'hiring manager' as const };

describe('contacts', () => {
  it('adds a contact with trimmed fields and logs contact-added in the same write', async () => {
    const contact = expectOk(await addContact(db, roleId, ada, 5_000));
    expect(contact).toMatchObject({ roleId, name: 'Ada Lovelace', createdAt: 5_000 });
    const activity = (await listActivities(db, roleId))[0];
    expect(activity).toMatchObject({
      type: 'contact-added',
      at: 5_000,
      summary: 'Contact added: Ada Lovelace (Hiring manager)',
    });
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(5_000);
  });

  it('refuses bad fields with a message and writes nothing', async () => {
    const before = (await listActivities(db, roleId)).length;
    for (const fields of [
      { ...ada, name: '   ' },
      { ...ada, email: 'not an address' },
      { ...ada, profileUrl: 'javascript:alert(1)' },
      { ...ada, phone: 'call me' },
      { ...ada, name: 'x'.repeat(201) },
      { ...ada, roleId: 'another-role' },
    ]) {
      const result = await addContact(db, roleId, fields);
      expect(result.ok).toBe(false);
    }
    expect(await db.contacts.count()).toBe(0);
    expect((await listActivities(db, roleId)).length).toBe(before);
  });

  it('refuses a contact for a role that is gone', async () => {
    const result = await addContact(db, 'no-such-role', ada);
    expect(result.ok ? '' : result.error).toMatch(/no longer exists/u);
  });

  it('updates the fields and keeps updatedAt when nothing changed', async () => {
    const contact = expectOk(await addContact(db, roleId, ada, 5_000));
    const same = expectOk(await updateContact(db, contact.id, ada, 6_000));
    expect(same.updatedAt).toBe(5_000);
    const edited = expectOk(
      await updateContact(db, contact.id, { ...ada, email: 'ada@example.com' }, 7_000),
    );
    expect(edited).toMatchObject({ email: 'ada@example.com', updatedAt: 7_000, roleId });
  });

  it('lists a role’s contacts by name, and every contact with its role', async () => {
    expectOk(await addContact(db, roleId, { ...ada, name: 'Zed' }));
    expectOk(await addContact(db, roleId, { ...ada, name: 'amy' }));
    expect((await listRoleContacts(db, roleId)).map((c) => c.name)).toEqual(['amy', 'Zed']);
    const rows = await listContactRows(db);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ roleTitle: 'Engineering Manager, LXD', company: 'Canonical' });
  });
});

describe('contacts as interviewers', () => {
  it('links contacts of the stage’s role, in order, without duplicates', async () => {
    const [stage] = await fromGenericIn(db, roleId);
    const a = expectOk(await addContact(db, roleId, ada));
    const b = expectOk(await addContact(db, roleId, { ...ada, name: 'Grace Hopper' }));
    const linked = expectOk(await setStageInterviewers(db, stage?.id ?? '', [b.id, a.id, b.id]));
    expect(linked.interviewerContactIds).toEqual([b.id, a.id]);
    const found = await db.stages.where('interviewerContactIds').equals(a.id).toArray();
    expect(found.map((s) => s.id)).toEqual([stage?.id]);
  });

  it('refuses a contact of another role', async () => {
    const [stage] = await fromGenericIn(db, roleId);
    const other = (await listRoleSummaries(db)).find((r) => r.id !== roleId);
    const stranger = expectOk(await addContact(db, other?.id ?? '', ada));
    const result = await setStageInterviewers(db, stage?.id ?? '', [stranger.id]);
    expect(result.ok).toBe(false);
    expect((await db.stages.get(stage?.id ?? ''))?.interviewerContactIds ?? []).toEqual([]);
  });

  it('deleting a contact takes it off its stages; Undo puts both back exactly', async () => {
    const [first, second] = await fromGenericIn(db, roleId);
    const a = expectOk(await addContact(db, roleId, ada));
    const b = expectOk(await addContact(db, roleId, { ...ada, name: 'Grace Hopper' }));
    expectOk(await setStageInterviewers(db, first?.id ?? '', [a.id, b.id], 8_000));
    expectOk(await setStageInterviewers(db, second?.id ?? '', [a.id], 8_000));
    const before = await db.stages.bulkGet([first?.id ?? '', second?.id ?? '']);

    const deleted = await deleteContact(db, a.id);
    expect(deleted?.stageIds.sort()).toEqual([first?.id, second?.id].sort());
    expect(await db.contacts.get(a.id)).toBeUndefined();
    expect((await db.stages.get(first?.id ?? ''))?.interviewerContactIds).toEqual([b.id]);
    expect((await db.stages.get(second?.id ?? ''))?.interviewerContactIds).toEqual([]);
    expect(await deleteContact(db, a.id)).toBeNull();

    expect(deleted && (await restoreContact(db, deleted))).toBe(true);
    expect(await db.contacts.get(a.id)).toEqual(a);
    const after = await db.stages.bulkGet([first?.id ?? '', second?.id ?? '']);
    expect(after[1]).toEqual(before[1]);
    expect(new Set(after[0]?.interviewerContactIds)).toEqual(new Set([a.id, b.id]));
  });

  it('deleting a role deletes its contacts, and only its own', async () => {
    const other = (await listRoleSummaries(db)).find((r) => r.id !== roleId);
    expectOk(await addContact(db, roleId, ada));
    expectOk(await addContact(db, other?.id ?? '', ada));
    await deleteRole(db, roleId);
    expect((await db.contacts.toArray()).map((c) => c.roleId)).toEqual([other?.id]);
  });

  it('Undo does nothing once the role is deleted', async () => {
    const a = expectOk(await addContact(db, roleId, ada));
    const deleted = await deleteContact(db, a.id);
    await deleteRole(db, roleId);
    expect(deleted && (await restoreContact(db, deleted))).toBe(false);
    expect(await db.contacts.count()).toBe(0);
  });
});
