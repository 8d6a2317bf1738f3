// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { applyReparse, previewReparse } from '../../../../renderer/src/db/reparse-repo';
import {
  addCustomRequirement,
  listRequirements,
} from '../../../../renderer/src/db/requirements-repo';
import { saveEvidenceDraft, setEvidence } from '../../../../renderer/src/db/evidence-repo';
import { evidenceDraftKey } from '../../../../shared/domain/checklist-rules';
import { freshDb } from './test-db';
import { POSTING, T0, T1, seedRole, snapshot, stage } from './reparse-fixture';

let db: ShortlistDb;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('applyReparse', () => {
  it('merges the new parse into the checklist, keeping the applicant’s work', async () => {
    const { roleId, byText } = await seedRole(db);
    const soap = byText('Knowledge of SOAP');
    await saveEvidenceDraft(db, soap, 'half-typed', T0);
    const otherDraft = evidenceDraftKey(byText('Kafka').id);
    await saveEvidenceDraft(db, byText('Kafka'), 'keep me', T0);
    await db.stages.add({
      ...stage(roleId, 'stage-1'),
      probeRequirementIds: [soap.id, byText('Kafka').id],
    });
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await applyReparse(db, roleId, plan, T1);

    const items = await listRequirements(db, roleId);
    expect(items.map((i) => [i.text, i.kind, i.origin, i.order, i.checked])).toEqual([
      ['5+ years of experience with Go', 'required', 'posting', 0, 1],
      ['Strong PostgreSQL skills', 'required', 'posting', 1, 0],
      ['REST: designed the payments API', 'required', 'posting', 2, 0],
      ['Experience with Kubernetes', 'required', 'posting', 3, 0],
      ['Kafka', 'preferred', 'posting', 4, 0],
      ['Experience with Java', 'required', 'custom', 5, 1],
      // Evidence being typed and an interview probe link are work too: kept as custom.
      ['Knowledge of SOAP', 'required', 'custom', 6, 0],
      ['Speaks Dutch', 'preferred', 'custom', 7, 1],
    ]);
    const go = items[0];
    expect(go?.id).toBe(byText('5+ years experience with Go.').id);
    expect(go).toMatchObject({ evidence: 'Led the Go rewrite', confidence: 3, updatedAt: T1 });
    expect(items[1]?.storyIds).toEqual(['story-1']);
    // An item the re-parse leaves exactly as it was is not rewritten.
    expect(items[1]?.updatedAt).toBe(byText('Strong PostgreSQL skills').updatedAt);
    expect(items[2]?.originalText).toBe('Experience designing REST APIs');

    const after = await snapshot(db, roleId);
    expect(after.role?.progress).toEqual({
      required: { done: 2, total: 6 },
      preferred: { done: 1, total: 2 },
    });
    expect(after.role?.lastActivityAt).toBe(T1);
    expect(after.posting?.text).toBe(POSTING);
    expect(after.posting?.sections).toEqual(plan.sections);
    expect(after.activities[0]).toMatchObject({
      type: 'imported',
      at: T1,
      summary: 'Re-parsed the posting: 1 new, 1 reworded, 2 removed',
    });
    expect(after.drafts.map((d) => d.key).sort()).toEqual(
      [evidenceDraftKey(soap.id), otherDraft].sort(),
    );
    expect(after.stages[0]?.probeRequirementIds).toEqual([soap.id, byText('Kafka').id]);
  });

  it('keeps a removed item with only an evidence draft, or only a probe link', async () => {
    for (const link of ['draft', 'probe'] as const) {
      const { roleId, byText } = await seedRole(db);
      const soap = byText('Knowledge of SOAP');
      if (link === 'draft') await saveEvidenceDraft(db, soap, 'Built a SOAP', T0);
      else await db.stages.add({ ...stage(roleId, 'stage-1'), probeRequirementIds: [soap.id] });
      const plan = await previewReparse(db, roleId);
      const row = plan?.rows.find((r) => r.requirementId === soap.id);
      expect(row).toMatchObject({ status: 'removed', keepsProgress: true });
      if (!plan) throw new Error('no plan');
      await applyReparse(db, roleId, plan, T1);
      expect(await db.requirements.get(soap.id)).toMatchObject({ origin: 'custom' });
      await db.delete();
      db = freshDb();
    }
  });

  it('deletes a removed item without progress, with its blank draft and probe links', async () => {
    const { roleId, byText } = await seedRole(db);
    const soap = byText('Knowledge of SOAP');
    await saveEvidenceDraft(db, soap, '  \n', T0);
    const plan = await previewReparse(db, roleId);
    expect(plan?.rows.find((r) => r.requirementId === soap.id)?.keepsProgress).toBe(false);
    if (!plan) throw new Error('no plan');
    await applyReparse(db, roleId, plan, T1);
    expect(await db.requirements.get(soap.id)).toBeUndefined();
    expect(await db.drafts.get(evidenceDraftKey(soap.id))).toBeUndefined();
  });

  it('keeps a removed item linked to a stage after the preview', async () => {
    const { roleId, byText } = await seedRole(db);
    const soap = byText('Knowledge of SOAP');
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await db.stages.add({ ...stage(roleId, 'stage-1'), probeRequirementIds: [soap.id] });
    await applyReparse(db, roleId, plan, T1);
    expect(await db.requirements.get(soap.id)).toMatchObject({ origin: 'custom' });
    expect((await db.stages.get('stage-1'))?.probeRequirementIds).toEqual([soap.id]);
  });

  it('keeps a removed item that gained progress after the preview', async () => {
    const { roleId, byText } = await seedRole(db);
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await setEvidence(db, byText('Knowledge of SOAP').id, 'Built a SOAP bridge', T0);
    await applyReparse(db, roleId, plan, T1);
    const soap = await db.requirements.get(byText('Knowledge of SOAP').id);
    expect(soap).toMatchObject({ origin: 'custom', evidence: 'Built a SOAP bridge' });
  });

  it('leaves items deleted since the preview deleted and keeps items added since', async () => {
    const { roleId, byText } = await seedRole(db);
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await db.requirements.delete(byText('Kafka').id);
    const late = await addCustomRequirement(
      db,
      roleId,
      { text: 'Added late', kind: 'required' },
      T0,
    );
    if (!late.ok) throw new Error(late.error);
    await applyReparse(db, roleId, plan, T1);
    const texts = (await listRequirements(db, roleId)).map((i) => i.text);
    expect(texts).not.toContain('Kafka');
    expect(texts[texts.length - 1]).toBe('Added late');
  });

  it('changes nothing when the transaction fails part-way', async () => {
    const { roleId } = await seedRole(db);
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    const before = await snapshot(db, roleId);
    db.activities.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(applyReparse(db, roleId, plan, T1)).rejects.toThrow('quota exceeded');
    expect(await snapshot(db, roleId)).toEqual(before);
  });

  it('does nothing for a role that is gone', async () => {
    await applyReparse(db, 'nope', {
      rows: [{ status: 'new', newText: 'x', kind: 'required', keepsProgress: false }],
      sections: [],
    });
    expect(await db.requirements.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });

  it('is idempotent: re-parsing again changes nothing', async () => {
    const { roleId } = await seedRole(db);
    const first = await previewReparse(db, roleId);
    if (!first) throw new Error('no plan');
    await applyReparse(db, roleId, first, T1);
    const again = await previewReparse(db, roleId);
    expect(again?.rows.map((r) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'custom',
      'custom',
    ]);
  });
});
