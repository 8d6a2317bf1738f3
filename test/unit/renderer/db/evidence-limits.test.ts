// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  loadEvidenceDraft,
  recoverEvidenceDrafts,
  saveEvidenceDraft,
  setEvidence,
} from '../../../../renderer/src/db/evidence-repo';
import { getSetting, setSetting } from '../../../../renderer/src/db/settings-repo';
import { newRequirement } from '../../../../shared/domain/checklist-rules';
import { z } from 'zod';
import { freshDb } from './test-db';

let db: ShortlistDb;
const ROLE = 'role-1';
const item = { id: 'r1', roleId: ROLE };

beforeEach(async () => {
  db = freshDb();
  await db.requirements.add(
    newRequirement(
      {
        id: 'r1',
        roleId: ROLE,
        text: 'Lead a team',
        kind: 'required',
        origin: 'posting',
        order: 0,
      },
      1,
    ),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('evidence over its limit', () => {
  it('is refused as evidence but kept as a draft, which recovery leaves for the editor', async () => {
    const long = 'x'.repeat(50_001);
    expect(await saveEvidenceDraft(db, item, long)).toEqual({ ok: true, value: undefined });
    expect(await setEvidence(db, 'r1', long)).toEqual({
      ok: false,
      error: 'Evidence can be at most 50,000 characters.',
    });
    expect(await recoverEvidenceDrafts(db, ROLE)).toEqual([]);
    expect(await loadEvidenceDraft(db, 'r1')).toBe(long);
    expect((await db.requirements.get('r1'))?.evidence).toBe('');
  });

  it('refuses a draft over the drafts’ size limit, writing nothing', async () => {
    const result = await saveEvidenceDraft(db, item, 'x'.repeat(2_000_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/too long to keep as a draft/);
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('settings size', () => {
  it('stores a small setting and refuses an oversize one by name, keeping the old value', async () => {
    const schema = z.array(z.string());
    expect(await setSetting(db, 'columns', ['title'])).toEqual({ ok: true, value: undefined });
    const refused = await setSetting(db, 'columns', ['x'.repeat(20_000)]);
    expect(refused).toEqual({
      ok: false,
      error: 'The setting “columns” is too large to save (at most 20,000 characters).',
    });
    expect(await getSetting(db, 'columns', schema, [])).toEqual(['title']);
  });
});
