// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { saveEvidenceDraft, setEvidence } from '../../../../renderer/src/db/evidence-repo';
import { keepBothTexts } from '../../../../renderer/src/db/text-revision';
import type { Requirement } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

const ROLE = 'role-1';
const T0 = 1_000;
let db: ShortlistDb;

const item: Requirement = {
  id: 'r1',
  roleId: ROLE,
  text: 'Lead a remote team',
  kind: 'required',
  origin: 'posting',
  order: 0,
  checked: 0,
  evidence: 'loaded',
  storyIds: [],
  createdAt: T0,
  updatedAt: T0,
};

beforeEach(async () => {
  db = freshDb();
  await db.requirements.add(item);
});
afterEach(async () => {
  await db.delete();
});

describe('evidence saves check the text the editor started from', () => {
  it('a save over evidence changed in another window is a conflict and writes nothing', async () => {
    expect(await setEvidence(db, 'r1', 'from A', T0 + 1, 'loaded')).toMatchObject({ ok: true });
    await saveEvidenceDraft(db, item, 'from B');

    const result = await setEvidence(db, 'r1', 'from B', T0 + 2, 'loaded');
    expect(result).toMatchObject({ ok: false, conflict: { theirs: { evidence: 'from A' } } });
    expect(await db.requirements.get('r1')).toMatchObject({
      evidence: 'from A',
      updatedAt: T0 + 1,
    });
    // B's text is still kept as its draft.
    expect((await db.drafts.get('evidence:r1'))?.value).toEqual({ evidence: 'from B' });
  });

  it('once based on the other version, the chosen text saves', async () => {
    await setEvidence(db, 'r1', 'from A', T0 + 1, 'loaded');
    const both = keepBothTexts('from A', 'from B');
    expect(both).toBe('from A\n\nfrom B');
    expect(await setEvidence(db, 'r1', both, T0 + 2, 'from A')).toMatchObject({ ok: true });
    expect(await db.requirements.get('r1')).toMatchObject({ evidence: both, updatedAt: T0 + 2 });
  });

  it('is no conflict when the other window wrote the same text, or nothing changed', async () => {
    await setEvidence(db, 'r1', 'same', T0 + 1, 'loaded');
    expect((await setEvidence(db, 'r1', 'same', T0 + 2, 'loaded')).ok).toBe(true);
    expect((await setEvidence(db, 'r1', 'next', T0 + 3, 'same')).ok).toBe(true);
    // A tick elsewhere changes updatedAt but not the evidence: no conflict.
    await db.requirements.update('r1', { checked: 1, updatedAt: T0 + 4 });
    expect((await setEvidence(db, 'r1', 'after tick', T0 + 5, 'next')).ok).toBe(true);
  });
});
