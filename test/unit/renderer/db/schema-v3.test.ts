// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restore-backup';
import { checkBackup } from '../../../../renderer/src/db/backup/upgrade-backup';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { addStage } from '../../../../renderer/src/db/stages-repo';
import { freshDb, openAtVersion } from './test-db';

function must<T>(outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

const opened: ShortlistDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const CONTACT_LINE = 'Jane Doe, recruiter <jane.doe@example.com>';
const COMPENSATION_NOTE = '£90k–£110k plus bonus';

/**
 * A version 2 database with the sample roles, where the first role's application has
 * a free-text contact and compensation, and a status change logged the old way.
 */
async function version2(): Promise<{ name: string; applicationId: string; roleId: string }> {
  const name = `shortlist-v2-${crypto.randomUUID()}`;
  const db = openAtVersion(name, 2);
  opened.push(db);
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const application = await db.applications.toCollection().first();
  if (!application) throw new Error('no application');
  await db.applications.update(application.id, {
    contact: CONTACT_LINE,
    compensationNotes: COMPENSATION_NOTE,
  });
  await db.activities.bulkAdd([
    {
      id: 'old-change',
      roleId: application.roleId,
      applicationId: application.id,
      type: 'status-changed',
      at: 1_750_000_000_000,
      summary: 'Status: interested → applied',
    },
    {
      id: 'old-reapply',
      roleId: application.roleId,
      applicationId: application.id,
      type: 'status-changed',
      at: 1_750_000_000_001,
      summary: 'Re-applied (applied); earlier application: rejected',
    },
  ]);
  expect(db.verno).toBe(2);
  db.close();
  return { name, applicationId: application.id, roleId: application.roleId };
}

describe('schema version 3', () => {
  it('is the current version', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('turns a free-text contact into a contact and keeps the old fields', async () => {
    const { name, applicationId, roleId } = await version2();
    const db = openShortlistDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    const contacts = await db.contacts.where('roleId').equals(roleId).toArray();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      roleId,
      name: 'Jane Doe, recruiter',
      role: 'recruiter',
      email: 'jane.doe@example.com',
      notes: `From the application's contact field: ${CONTACT_LINE}`,
    });
    // Only the role with a contact line gets a contact.
    expect(await db.contacts.count()).toBe(1);
    const application = await db.applications.get(applicationId);
    expect(application?.contact).toBe(CONTACT_LINE);
    expect(application?.compensationNotes).toBe(COMPENSATION_NOTE);
  });

  it('gives old status changes their from/to statuses', async () => {
    const { name } = await version2();
    const db = openShortlistDb(name);
    opened.push(db);
    expect(await db.activities.get('old-change')).toMatchObject({
      fromStatus: 'interested',
      toStatus: 'applied',
    });
    const reapply = await db.activities.get('old-reapply');
    expect(reapply).toMatchObject({ toStatus: 'applied' });
    expect(reapply?.fromStatus).toBeUndefined();
  });

  it('indexes stages by interviewer', async () => {
    const db = freshDb();
    opened.push(db);
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const [role] = await db.roles.toArray();
    const stage = must(await addStage(db, role?.id ?? '', 1_760_000_000_000));
    await db.stages.update(stage.id, { interviewerContactIds: ['c1', 'c2'] });
    expect(await db.stages.where('interviewerContactIds').equals('c2').primaryKeys()).toEqual([
      stage.id,
    ]);
  });

  it('restores a backup made at version 2 with the contact migrated', async () => {
    const { name, roleId } = await version2();
    const old = openAtVersion(name, 2);
    opened.push(old);
    const text = await createBackupText(old, { appVersion: '1.0.0', now: 1_760_000_000_000 });
    old.close();
    expect(JSON.parse(text)).toMatchObject({ shortlist: { schemaVersion: 2 } });
    const checked = await checkBackup(text);
    if (!checked.ok) throw new Error(checked.error);
    const target = freshDb();
    opened.push(target);
    await restoreBackup(target, checked.backup);
    const contacts = await target.contacts.toArray();
    expect(contacts.map((contact) => [contact.roleId, contact.email])).toEqual([
      [roleId, 'jane.doe@example.com'],
    ]);
  });

  it('refuses a stage whose interviewer is another role’s contact', async () => {
    const db = freshDb();
    opened.push(db);
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const [first, second] = await db.roles.toArray();
    if (!first || !second) throw new Error('no sample roles');
    const stage = must(await addStage(db, first.id, 1_760_000_000_000));
    await db.contacts.add({
      id: 'c-other',
      roleId: second.id,
      name: 'Sam',
      role: 'interviewer',
      email: '',
      phone: '',
      profileUrl: '',
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    });
    await db.stages.update(stage.id, { interviewerContactIds: ['c-other'] });
    const text = await createBackupText(db, { appVersion: '3.0.0', now: 1_760_000_000_000 });
    const checked = await checkBackup(text);
    expect(checked.ok ? '' : checked.error).toContain('interviewer');
  });
});
