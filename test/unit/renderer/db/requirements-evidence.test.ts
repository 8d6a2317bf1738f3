// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  addCustomRequirement,
  deleteRequirement,
  getNextStage,
  listRequirements,
  setRequirementChecked,
} from '../../../../renderer/src/db/requirements-repo';
import {
  recoverEvidenceDrafts,
  saveEvidenceDraft,
  setConfidence,
  setEvidence,
} from '../../../../renderer/src/db/evidence-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { ROLE, T0, addApplication, progress, seedRole, stage } from './requirements-fixture';
import { freshDb } from './test-db';

let db: ShortlistDb;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('evidence and confidence', () => {
  it('saves evidence and drops the draft only when it says the same', async () => {
    await seedRole(db);
    await saveEvidenceDraft(db, { id: 'r2', roleId: ROLE }, 'Led the **LXD** team', 1500);
    expect(await setEvidence(db, 'r2', 'Led the **LXD** team', 2000)).toMatchObject({
      ok: true,
      value: { evidence: 'Led the **LXD** team', updatedAt: 2000 },
    });
    expect(await db.drafts.get('evidence:r2')).toBeUndefined();

    // Typing went on after a save was queued: the newer draft survives the save.
    await saveEvidenceDraft(db, { id: 'r2', roleId: ROLE }, 'Led the LXD team for 3 years');
    await setEvidence(db, 'r2', 'Led the LXD team');
    expect((await db.drafts.get('evidence:r2'))?.value).toEqual({
      evidence: 'Led the LXD team for 3 years',
    });
  });

  it('refuses evidence that is not text or is too long', async () => {
    await seedRole(db);
    expect((await setEvidence(db, 'r1', 42)).ok).toBe(false);
    expect((await setEvidence(db, 'r1', 'x'.repeat(50_001))).ok).toBe(false);
    expect((await setEvidence(db, 'gone', 'x')).ok).toBe(false);
    expect((await db.requirements.get('r1'))?.evidence).toBe('');
  });

  it('recovers drafts left by a crash into their items', async () => {
    await seedRole(db);
    await setEvidence(db, 'r3', 'saved');
    await saveEvidenceDraft(db, { id: 'r1', roleId: ROLE }, 'typed, never saved');
    await saveEvidenceDraft(db, { id: 'r3', roleId: ROLE }, 'saved');
    await saveEvidenceDraft(db, { id: 'deleted', roleId: ROLE }, 'orphan');
    await db.drafts.put({ key: 'note:n1', roleId: ROLE, value: { body: 'x' }, updatedAt: 1 });
    await db.drafts.put({ key: 'evidence:r2', roleId: ROLE, value: { body: 1 }, updatedAt: 1 });

    const recovered = await recoverEvidenceDrafts(db, ROLE, 9000);
    expect(recovered.map((item) => item.id)).toEqual(['r1']);
    expect(await db.requirements.get('r1')).toMatchObject({
      evidence: 'typed, never saved',
      updatedAt: 9000,
    });
    expect((await db.requirements.get('r2'))?.evidence).toBe('');
    // Evidence drafts are consumed; other features' drafts are left alone.
    expect((await db.drafts.toArray()).map((draft) => draft.key)).toEqual(['note:n1']);
  });

  it('sets and clears confidence, refusing anything but 1-3 or null', async () => {
    await seedRole(db);
    expect(await setConfidence(db, 'r1', 3, 2000)).toMatchObject({
      ok: true,
      value: { confidence: 3 },
    });
    expect((await db.requirements.get('r1'))?.confidence).toBe(3);
    for (const bad of [0, 4, '2', 2.5, undefined]) {
      expect((await setConfidence(db, 'r1', bad)).ok).toBe(false);
    }
    expect((await db.requirements.get('r1'))?.confidence).toBe(3);
    expect((await setConfidence(db, 'r1', null)).ok).toBe(true);
    const cleared = await db.requirements.get('r1');
    expect(cleared && 'confidence' in cleared).toBe(false);
  });
});

describe('ticks', () => {
  it('recounts progress on every tick and logs it', async () => {
    await seedRole(db);
    await setRequirementChecked(db, 'r2', true, 2000);
    await setRequirementChecked(db, 'p1', true, 2100);
    expect(await progress(db)).toEqual({
      required: { done: 2, total: 3 },
      preferred: { done: 1, total: 1 },
    });
    const log = await db.activities.where('roleId').equals(ROLE).sortBy('at');
    expect(log.map((entry) => entry.summary)).toEqual(['Ticked: Item r2', 'Ticked: Item p1']);
  });

  it('keeps the roles list in step on a seeded role', async () => {
    await ensureSampleRoles(db, SAMPLE_ROLES, T0);
    const lxd = (await listRoleSummaries(db)).find((s) => s.title === 'Engineering Manager, LXD');
    if (!lxd) throw new Error('LXD sample missing');
    const items = await listRequirements(db, lxd.id);
    const added = await addCustomRequirement(db, lxd.id, { text: 'Mine', kind: 'required' });
    if (!added.ok) throw new Error(added.error);
    await setRequirementChecked(db, added.value.id, true);
    const deleted = await deleteRequirement(db, items[0]?.id ?? '');
    expect(deleted.ok).toBe(true);
    const after = (await listRoleSummaries(db)).find((s) => s.id === lxd.id);
    expect(after?.progress.required).toEqual({ done: 1, total: items.length });
  });
});

describe('next stage', () => {
  it('is null without an application or without a stage to come', async () => {
    await seedRole(db);
    expect(await getNextStage(db, ROLE)).toBeNull();
    const app = await addApplication(db);
    expect(await getNextStage(db, ROLE)).toBeNull();
    await db.stages.add(stage(app.id, 'done', 0, 'passed', ['r1']));
    expect(await getNextStage(db, ROLE)).toBeNull();
  });

  it('picks the earliest scheduled stage of the current application', async () => {
    await seedRole(db);
    const old = await addApplication(db, T0);
    const current = await addApplication(db, T0 + 1);
    await db.stages.bulkAdd([
      // The older application's stages never count.
      stage(old.id, 'old', 0, 'scheduled', ['r1'], 100),
      stage(current.id, 'a', 0, 'passed', ['r1']),
      stage(current.id, 'b', 1, 'planned', ['r2']),
      stage(current.id, 'c', 2, 'scheduled', ['r3', 'p1'], 5000),
      stage(current.id, 'd', 3, 'scheduled', ['r2'], 9000),
    ]);
    expect((await getNextStage(db, ROLE))?.probeRequirementIds).toEqual(['r3', 'p1']);
    await db.stages.update('c', { status: 'passed' });
    expect((await getNextStage(db, ROLE))?.id).toBe('d');
    await db.stages.update('d', { status: 'cancelled' });
    expect((await getNextStage(db, ROLE))?.id).toBe('b');
  });
});
