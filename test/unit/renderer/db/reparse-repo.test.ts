// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { createRoleFromReview } from '../../../../renderer/src/db/import-repo';
import { applyReparse, previewReparse } from '../../../../renderer/src/db/reparse-repo';
import { listRequirements } from '../../../../renderer/src/db/requirements-repo';
import type { Requirement } from '../../../../shared/domain/model';
import { summarizePlan } from '../../../../shared/import/reparse';
import {
  addItem,
  editItem,
  mergeItems,
  removeItem,
  reviewFromText,
  splitItem,
} from '../../../../shared/import/review';
import { freshDb } from './test-db';
import { POSTING, T0, T1, seedRole } from './reparse-fixture';

let db: ShortlistDb;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('previewReparse', () => {
  it('is undefined for a role that is gone', async () => {
    expect(await previewReparse(db, 'nope')).toBeUndefined();
  });

  it('lists the difference with the current checklist', async () => {
    const { roleId } = await seedRole(db);
    const plan = await previewReparse(db, roleId);
    expect(
      plan?.rows.map((r) => [r.status, r.oldText ?? null, r.newText ?? null, r.keepsProgress]),
    ).toEqual([
      ['reworded', '5+ years experience with Go.', '5+ years of experience with Go', true],
      ['unchanged', 'Strong PostgreSQL skills', 'Strong PostgreSQL skills', true],
      ['unchanged', 'REST: designed the payments API', 'REST: designed the payments API', true],
      ['new', null, 'Experience with Kubernetes', false],
      ['unchanged', 'Kafka', 'Kafka', true],
      ['removed', 'Experience with Java', null, true],
      ['removed', 'Knowledge of SOAP', null, false],
      ['custom', 'Speaks Dutch', 'Speaks Dutch', true],
    ]);
  });
});

describe('re-parse right after an import', () => {
  it('keeps what the user did in the review step', async () => {
    let draft = reviewFromText(POSTING);
    const key = (text: string) => draft.items.find((i) => i.text === text)?.key ?? '';
    const go = '5+ years of experience with Go';
    draft = editItem(draft, key('Strong PostgreSQL skills'), 'PostgreSQL: tuned a 2 TB cluster');
    draft = mergeItems(
      draft,
      key('Experience designing REST APIs'),
      key('Experience with Kubernetes'),
    );
    draft = splitItem(draft, key(go), go.indexOf('with'));
    draft = removeItem(draft, key('Kafka'));
    draft = addItem(draft, 'Speaks Dutch', 'preferred');
    const roleId = await createRoleFromReview(db, draft, T0);
    const before = await listRequirements(db, roleId);
    const checklist = [
      ['5+ years of experience', 'posting'],
      ['with Go', 'custom'],
      ['PostgreSQL: tuned a 2 TB cluster', 'posting'],
      ['Experience designing REST APIs; Experience with Kubernetes', 'posting'],
      ['Speaks Dutch', 'custom'],
    ];
    expect(before.map((i) => [i.text, i.origin])).toEqual(checklist);

    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    expect(summarizePlan(plan)).toEqual({
      unchanged: 3,
      reworded: 0,
      new: 1,
      removed: 0,
      custom: 2,
    });
    // Only the item removed in review comes back, as a 'new' row the user may leave out.
    expect(plan.rows.filter((r) => r.status === 'new').map((r) => r.newText)).toEqual(['Kafka']);
    expect(plan.rows.filter((r) => r.status === 'unchanged').map((r) => r.newText)).toEqual(
      checklist.filter(([, origin]) => origin === 'posting').map(([text]) => text),
    );
    const kept = { ...plan, rows: plan.rows.filter((r) => r.status !== 'new') };
    await applyReparse(db, roleId, kept, T1);
    const after = await listRequirements(db, roleId);
    // Custom items follow the posting's items after a re-parse (the split's second half too).
    const customLast = [
      ...checklist.filter((c) => c[1] === 'posting'),
      ...checklist.filter((c) => c[1] === 'custom'),
    ];
    expect(after.map((i) => [i.text, i.origin])).toEqual(customLast);
    const originals = (items: Requirement[]) => items.map((i) => [i.text, i.originalText]).sort();
    expect(originals(after)).toEqual(originals(before));
    // And again: still nothing removed, nothing reworded.
    const again = await previewReparse(db, roleId);
    expect(again && summarizePlan(again)).toMatchObject({ removed: 0, reworded: 0, new: 1 });
  });
});
