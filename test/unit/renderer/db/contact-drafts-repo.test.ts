// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLANK_CONTACT } from '../../../../shared/domain/contact-rules';
import {
  contactDraftKey,
  discardContactDraft,
  findContactDraft,
  saveContactDraft,
} from '../../../../renderer/src/db/contact-drafts-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { freshDb } from './test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('contact dialog drafts', () => {
  it('finds the newest draft of the role, new or of a contact, and only that role’s', async () => {
    const grace = { ...BLANK_CONTACT, name: 'Grace' };
    const ada = { ...BLANK_CONTACT, name: 'Ada', phone: '1' };
    await saveContactDraft(db, contactDraftKey('r1', undefined), 'r1', grace, 1000);
    await saveContactDraft(db, contactDraftKey('r1', 'c7'), 'r1', ada, 2000);
    await saveContactDraft(db, contactDraftKey('r2', undefined), 'r2', grace, 3000);
    expect(await findContactDraft(db, 'r1')).toEqual({
      key: 'contact-form:r1:c7',
      contactId: 'c7',
      fields: ada,
    });
    await discardContactDraft(db, 'contact-form:r1:c7');
    expect((await findContactDraft(db, 'r1'))?.contactId).toBeNull();
    expect(await findContactDraft(db, 'r3')).toBeUndefined();
  });

  it('skips a draft that is not a contact form, and refuses one over the size limit', async () => {
    await db.drafts.put({
      key: 'contact-form:r1:new',
      roleId: 'r1',
      value: { name: 1 },
      updatedAt: 1,
    });
    expect(await findContactDraft(db, 'r1')).toBeUndefined();
    const huge = { ...BLANK_CONTACT, notes: 'x'.repeat(3_000_000) };
    expect(await saveContactDraft(db, contactDraftKey('r1', undefined), 'r1', huge)).toBe(false);
    expect(await db.drafts.count()).toBe(1);
  });
});
