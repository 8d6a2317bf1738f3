// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  addCustomRequirement,
  deleteRequirement,
  listRequirements,
  reorderRequirements,
  restoreOriginalWording,
  restoreRequirement,
  updateRequirement,
} from '../../../../renderer/src/db/requirements-repo';
import { ROLE, T0, addApplication, order, progress, seedRole, stage } from './requirements-fixture';
import { freshDb } from './test-db';

let db: ShortlistDb;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('custom items', () => {
  it('adds a validated custom item at the end and recounts progress', async () => {
    await seedRole(db);
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
    expect(await order(db)).toEqual(['r1', 'r2', 'p1', 'r3', added.value.id]);
    expect(await progress(db)).toEqual({
      required: { done: 1, total: 3 },
      preferred: { done: 0, total: 2 },
    });
  });

  it('refuses blank text, unknown kinds and missing roles, changing nothing', async () => {
    await seedRole(db);
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
    await seedRole(db);
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
    await seedRole(db);
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
    await seedRole(db);
    await updateRequirement(db, 'r1', { kind: 'preferred' });
    expect(await progress(db)).toEqual({
      required: { done: 0, total: 2 },
      preferred: { done: 1, total: 2 },
    });
  });

  it('validates the patch and reports a missing item', async () => {
    await seedRole(db);
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
    await seedRole(db);
    await db.drafts.put({
      key: 'evidence:r1',
      roleId: ROLE,
      value: { evidence: 'typing' },
      updatedAt: T0,
    });
    const deleted = await deleteRequirement(db, 'r1');
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await order(db)).toEqual(['r2', 'p1', 'r3']);
    expect(await progress(db)).toEqual({
      required: { done: 0, total: 2 },
      preferred: { done: 0, total: 1 },
    });
    expect(await db.drafts.get('evidence:r1')).toBeUndefined();

    // Meanwhile the list was reordered, so another item now holds order 0.
    expect(await reorderRequirements(db, ROLE, ['r3', 'r2'])).toBe(true);
    const restored = await restoreRequirement(db, deleted.value);
    expect(restored).toMatchObject({ ok: true, value: { id: 'r1', checked: 1, order: 0 } });
    expect(await order(db)).toEqual(['r1', 'r3', 'p1', 'r2']);
    expect((await listRequirements(db, ROLE)).map((item) => item.order)).toEqual([0, 1, 2, 3]);
    expect(await progress(db)).toEqual({
      required: { done: 1, total: 3 },
      preferred: { done: 0, total: 1 },
    });
    expect((await db.drafts.get('evidence:r1'))?.value).toEqual({ evidence: 'typing' });
    // A second Undo changes nothing.
    expect((await restoreRequirement(db, deleted.value)).ok).toBe(true);
    expect(await db.requirements.count()).toBe(4);
  });

  it('takes the item off the stages that probe it, and back on when restored', async () => {
    await seedRole(db);
    const app = await addApplication(db);
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
    await seedRole(db);
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
    await seedRole(db);
    expect(await reorderRequirements(db, ROLE, ['r3', 'r1', 'r2'])).toBe(true);
    expect(await order(db)).toEqual(['r3', 'r1', 'p1', 'r2']);
    expect((await listRequirements(db, ROLE)).map((item) => item.order)).toEqual([0, 1, 2, 3]);
  });

  it('changes nothing for unknown or repeated ids', async () => {
    await seedRole(db);
    expect(await reorderRequirements(db, ROLE, ['r3', 'zz'])).toBe(false);
    expect(await reorderRequirements(db, ROLE, ['r3', 'r3'])).toBe(false);
    expect(await reorderRequirements(db, 'other-role', ['r1'])).toBe(false);
    expect(await order(db)).toEqual(['r1', 'r2', 'p1', 'r3']);
  });

  it('keeps progress and ticks untouched', async () => {
    await seedRole(db);
    const before = await progress(db);
    await reorderRequirements(db, ROLE, ['r3', 'r2', 'r1']);
    expect(await progress(db)).toEqual(before);
    expect((await db.requirements.get('r1'))?.checked).toBe(1);
  });
});
