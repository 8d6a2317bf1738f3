// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addContact } from '../../../../renderer/src/db/contacts-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { loadRoleExport, loadRoleExportSlices } from '../../../../renderer/src/db/export-repo';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { BLANK_CONTACT } from '../../../../shared/domain/contact-rules';
import { expectOk } from './seeded-role';
import { seedLxd } from './stages-fixture';
import { freshDb } from './test-db';

let db: ShortlistDb;
let roleId: string;
let otherId: string;

beforeEach(async () => {
  db = freshDb();
  roleId = await seedLxd(db);
  otherId = (await listRoleSummaries(db)).find((role) => role.id !== roleId)?.id ?? '';
  expectOk(await addContact(db, roleId, { ...BLANK_CONTACT, name: 'Ada Lovelace' }));
  expectOk(await addContact(db, otherId, { ...BLANK_CONTACT, name: 'Grace Hopper' }));
});

afterEach(async () => {
  await db.delete();
});

describe('exports read contacts', () => {
  it('one role’s export has its own contacts only', async () => {
    const data = await loadRoleExport(db, roleId);
    expect(data?.contacts?.map((contact) => contact.name)).toEqual(['Ada Lovelace']);
  });

  it('each role of a folder export has its own contacts', async () => {
    const names = new Map<string, string[]>();
    for await (const slice of loadRoleExportSlices(db, [roleId, otherId], 1)) {
      for (const data of slice) {
        names.set(
          data.role.id,
          (data.contacts ?? []).map((contact) => contact.name),
        );
      }
    }
    expect(names.get(roleId)).toEqual(['Ada Lovelace']);
    expect(names.get(otherId)).toEqual(['Grace Hopper']);
  });
});
