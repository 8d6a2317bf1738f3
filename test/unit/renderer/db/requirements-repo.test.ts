// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  addCustomRequirement,
  deleteRequirement,
  getNextStage,
  listRequirements,
  reorderRequirements,
  restoreOriginalWording,
  restoreRequirement,
  setRequirementChecked,
  updateRequirement,
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
import type {
  Application,
  InterviewStage,
  Requirement,
  RequirementKind,
  StageStatus,
} from '../../../../shared/domain/model';
import { checklistProgress } from '../../../../shared/domain/progress';
import { freshDb } from './test-db';

let db: ShortlistDb;
const ROLE = 'role-1';
const T0 = 1_000;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function requirement(id: string, kind: RequirementKind, order: number, checked: 0 | 1 = 0) {
  const item: Requirement = {
    id,
    roleId: ROLE,
    text: `Item ${id}`,
    kind,
    origin: 'posting',
    order,
    checked,
    evidence: '',
    storyIds: [],
    createdAt: T0,
    updatedAt: T0,
  };
  return item;
}

/** A role with required r1 (ticked), r2, preferred p1 and required r3, in that order. */
async function seedRole(): Promise<Requirement[]> {
  const items = [
    requirement('r1', 'required', 0, 1),
    requirement('r2', 'required', 1),
    requirement('p1', 'preferred', 2),
    requirement('r3', 'required', 3),
  ];
  await db.roles.add({
    id: ROLE,
    title: 'Engineering Manager',
    company: 'Canonical',
    team: '',
    location: '',
    sourceUrl: '',
    archived: 0,
    progress: checklistProgress(items),
    lastActivityAt: T0,
    createdAt: T0,
    updatedAt: T0,
  });
  await db.requirements.bulkAdd(items);
  return items;
}

async function progress() {
  return (await db.roles.get(ROLE))?.progress;
}

async function order() {
  return (await listRequirements(db, ROLE)).map((item) => item.id);
}

describe('custom items', () => {
  it('adds a validated custom item at the end and recounts progress', async () => {
    await seedRole();
    const added = await addCustomRequirement(
      db,
      ROLE,
      { text: '  Ran a hiring loop  ', kind: 'preferred' },
      5000,
    );
    if (!added.ok) throw new Error(added.error);
    expect(added.value).toMatchObject({
      text: 'Ran a hiring loop',
      kind: 'preferred',
      origin: 'custom',
      order: 4,
      checked: 0,
      evidence: '',
      createdAt: 5000,
    });
    expect(await order()).toEqual(['r1', 'r2', 'p1', 'r3', added.value.id]);
    expect(await progress()).toEqual({
      required: { done: 1, total: 3 },
      preferred: { done: 0, total: 2 },
    });
  });

  it('refuses blank text, unknown kinds and missing roles, changing nothing', async () => {
    await seedRole();
    expect(await addCustomRequirement(db, ROLE, { text: ' ', kind: 'required' })).toEqual({
      ok: false,
      error: 'An item needs some text.',
    });
    expect((await addCustomRequirement(db, ROLE, { text: 'x', kind: 'nice' })).ok).toBe(false);
    expect((await addCustomRequirement(db, ROLE, 'x')).ok).toBe(false);
    expect(await addCustomRequirement(db, 'gone', { text: 'x', kind: 'required' })).toEqual({
      ok: false,
      error: 'That role no longer exists.',
    });
    expect(await db.requirements.count()).toBe(4);
  });
});

describe('editing', () => {
  it('keeps the posting wording on the first edit only, and restores it', async () => {
    await seedRole();
    const first = await updateRequirement(db, 'r2', { text: 'Led a team of 8' }, 2000);
    expect(first).toMatchObject({
      ok: true,
      value: { text: 'Led a team of 8', originalText: 'Item r2', updatedAt: 2000 },
    });
    await updateRequirement(db, 'r2', { text: 'Led a team of 9' }, 3000);
    expect(await db.requirements.get('r2')).toMatchObject({
      text: 'Led a team of 9',
      originalText: 'Item r2',
    });

    const restored = await restoreOriginalWording(db, 'r2', 4000);
    expect(restored).toMatchObject({ ok: true, value: { text: 'Item r2', updatedAt: 4000 } });
    // The original stays on record, so a later edit still knows it.
    expect((await db.requirements.get('r2'))?.originalText).toBe('Item r2');
  });

  it('never sets originalText on a custom item', async () => {
    await seedRole();
    const added = await addCustomRequirement(db, ROLE, { text: 'Mine', kind: 'required' });
    if (!added.ok) throw new Error(added.error);
    await updateRequirement(db, added.value.id, { text: 'Mine, edited' });
    const stored = await db.requirements.get(added.value.id);
    expect(stored?.text).toBe('Mine, edited');
    expect(stored?.originalText).toBeUndefined();
    expect(await restoreOriginalWording(db, added.value.id)).toEqual({
      ok: false,
      error: 'This item has no original wording to restore.',
    });
  });

  it('recounts progress when the kind changes', async () => {
    await seedRole();
    await updateRequirement(db, 'r1', { kind: 'preferred' });
    expect(await progress()).toEqual({
      required: { done: 0, total: 2 },
      preferred: { done: 1, total: 2 },
    });
  });

  it('validates the patch and reports a missing item', async () => {
    await seedRole();
    expect(await updateRequirement(db, 'r1', { text: '' })).toEqual({
      ok: false,
      error: 'An item needs some text.',
    });
    expect((await updateRequirement(db, 'r1', { checked: 1 })).ok).toBe(false);
    expect((await updateRequirement(db, 'r1', { kind: 'optional' })).ok).toBe(false);
    expect((await updateRequirement(db, 'gone', { text: 'x' })).ok).toBe(false);
    expect(await db.requirements.get('r1')).toMatchObject({ text: 'Item r1', kind: 'required' });
  });
});

describe('delete and restore', () => {
  it('deletes a ticked item, recounts, and Undo puts it back in its place', async () => {
    await seedRole();
    await db.drafts.put({
      key: 'evidence:r1',
      roleId: ROLE,
      value: { evidence: 'typing' },
      updatedAt: T0,
    });
    const deleted = await deleteRequirement(db, 'r1');
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await order()).toEqual(['r2', 'p1', 'r3']);
    expect(await progress()).toEqual({
      required: { done: 0, total: 2 },
      preferred: { done: 0, total: 1 },
    });
    expect(await db.drafts.get('evidence:r1')).toBeUndefined();

    // Meanwhile the list was reordered, so another item now holds order 0.
    expect(await reorderRequirements(db, ROLE, ['r3', 'r2'])).toBe(true);
    const restored = await restoreRequirement(db, deleted.value);
    expect(restored).toMatchObject({ ok: true, value: { id: 'r1', checked: 1, order: 0 } });
    expect(await order()).toEqual(['r1', 'r3', 'p1', 'r2']);
    expect((await listRequirements(db, ROLE)).map((item) => item.order)).toEqual([0, 1, 2, 3]);
    expect(await progress()).toEqual({
      required: { done: 1, total: 3 },
      preferred: { done: 0, total: 1 },
    });
    expect((await db.drafts.get('evidence:r1'))?.value).toEqual({ evidence: 'typing' });
    // A second Undo changes nothing.
    expect((await restoreRequirement(db, deleted.value)).ok).toBe(true);
    expect(await db.requirements.count()).toBe(4);
  });

  it('takes the item off the stages that probe it, and back on when restored', async () => {
    await seedRole();
    const app = await addApplication();
    await db.stages.bulkAdd([
      stage(app.id, 's1', 0, 'planned', ['r1', 'r2']),
      stage(app.id, 's2', 1, 'planned', ['r2']),
    ]);
    const deleted = await deleteRequirement(db, 'r2');
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.value.probedByStageIds.sort()).toEqual(['s1', 's2']);
    expect((await db.stages.get('s1'))?.probeRequirementIds).toEqual(['r1']);
    expect((await db.stages.get('s2'))?.probeRequirementIds).toEqual([]);
    await db.stages.delete('s2');

    expect((await restoreRequirement(db, deleted.value)).ok).toBe(true);
    expect((await db.stages.get('s1'))?.probeRequirementIds).toEqual(['r1', 'r2']);
    expect(await db.stages.get('s2')).toBeUndefined();
  });

  it('cannot restore into a deleted role, and reports a missing item', async () => {
    await seedRole();
    const deleted = await deleteRequirement(db, 'r2');
    if (!deleted.ok) throw new Error(deleted.error);
    await db.roles.delete(ROLE);
    expect((await restoreRequirement(db, deleted.value)).ok).toBe(false);
    expect(await db.requirements.get('r2')).toBeUndefined();
    expect((await deleteRequirement(db, 'r2')).ok).toBe(false);
  });
});

describe('reorder', () => {
  it('reorders one kind within the places it held, leaving the other in place', async () => {
    await seedRole();
    expect(await reorderRequirements(db, ROLE, ['r3', 'r1', 'r2'])).toBe(true);
    expect(await order()).toEqual(['r3', 'r1', 'p1', 'r2']);
    expect((await listRequirements(db, ROLE)).map((item) => item.order)).toEqual([0, 1, 2, 3]);
  });

  it('changes nothing for unknown or repeated ids', async () => {
    await seedRole();
    expect(await reorderRequirements(db, ROLE, ['r3', 'zz'])).toBe(false);
    expect(await reorderRequirements(db, ROLE, ['r3', 'r3'])).toBe(false);
    expect(await reorderRequirements(db, 'other-role', ['r1'])).toBe(false);
    expect(await order()).toEqual(['r1', 'r2', 'p1', 'r3']);
  });

  it('keeps progress and ticks untouched', async () => {
    await seedRole();
    const before = await progress();
    await reorderRequirements(db, ROLE, ['r3', 'r2', 'r1']);
    expect(await progress()).toEqual(before);
    expect((await db.requirements.get('r1'))?.checked).toBe(1);
  });
});

describe('evidence and confidence', () => {
  it('saves evidence and drops the draft only when it says the same', async () => {
    await seedRole();
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
    await seedRole();
    expect((await setEvidence(db, 'r1', 42)).ok).toBe(false);
    expect((await setEvidence(db, 'r1', 'x'.repeat(50_001))).ok).toBe(false);
    expect((await setEvidence(db, 'gone', 'x')).ok).toBe(false);
    expect((await db.requirements.get('r1'))?.evidence).toBe('');
  });

  it('recovers drafts left by a crash into their items', async () => {
    await seedRole();
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
    await seedRole();
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
    await seedRole();
    await setRequirementChecked(db, 'r2', true, 2000);
    await setRequirementChecked(db, 'p1', true, 2100);
    expect(await progress()).toEqual({
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

async function addApplication(createdAt = T0): Promise<Application> {
  const app: Application = {
    id: `app-${createdAt}`,
    roleId: ROLE,
    status: 'interviewing',
    channel: '',
    contact: '',
    nextAction: '',
    compensationNotes: '',
    createdAt,
    updatedAt: createdAt,
  };
  await db.applications.add(app);
  return app;
}

function stage(
  applicationId: string,
  id: string,
  order: number,
  status: StageStatus,
  probeRequirementIds: string[],
  scheduledAt?: number,
): InterviewStage {
  return {
    id,
    applicationId,
    roleId: ROLE,
    name: `Stage ${id}`,
    kind: 'hiring manager',
    order,
    status,
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds,
    createdAt: T0,
    updatedAt: T0,
    ...(scheduledAt === undefined ? {} : { scheduledAt }),
  };
}

describe('next stage', () => {
  it('is null without an application or without a stage to come', async () => {
    await seedRole();
    expect(await getNextStage(db, ROLE)).toBeNull();
    const app = await addApplication();
    expect(await getNextStage(db, ROLE)).toBeNull();
    await db.stages.add(stage(app.id, 'done', 0, 'passed', ['r1']));
    expect(await getNextStage(db, ROLE)).toBeNull();
  });

  it('picks the earliest scheduled stage of the current application', async () => {
    await seedRole();
    const old = await addApplication(T0);
    const current = await addApplication(T0 + 1);
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
