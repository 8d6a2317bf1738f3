// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { createRoleFromReview } from '../../../../renderer/src/db/import-repo';
import { applyReparse, previewReparse } from '../../../../renderer/src/db/reparse-repo';
import {
  addCustomRequirement,
  listRequirements,
  setRequirementChecked,
  updateRequirement,
} from '../../../../renderer/src/db/requirements-repo';
import {
  saveEvidenceDraft,
  setConfidence,
  setEvidence,
} from '../../../../renderer/src/db/evidence-repo';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import { evidenceDraftKey } from '../../../../shared/domain/checklist-rules';
import type { InterviewStage, Requirement } from '../../../../shared/domain/model';
import { summarizePlan } from '../../../../shared/import/reparse';
import {
  addItem,
  editItem,
  mergeItems,
  removeItem,
  reviewFromText,
  splitItem,
  type ReviewDraft,
} from '../../../../shared/import/review';
import { freshDb } from './test-db';

let db: ShortlistDb;
const T0 = 1_700_000_000_000;
const T1 = T0 + 60_000;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const POSTING = `# Backend Engineer
### Lantern Bank

## Requirements
- 5+ years of experience with Go
- Strong PostgreSQL skills
- Experience designing REST APIs
- Experience with Kubernetes

## Nice to have
- Kafka
`;

/**
 * A role whose checklist came from an older parse of the same text: one item worded
 * differently, one that the parse no longer finds (ticked), one it no longer finds
 * (untouched), and one the applicant retyped.
 */
async function seedRole(): Promise<{ roleId: string; byText: (text: string) => Requirement }> {
  const parsed = reviewFromText(POSTING);
  const draft: ReviewDraft = {
    ...parsed,
    items: [
      { key: 'a', text: '5+ years experience with Go.', kind: 'required', origin: 'posting' },
      { key: 'b', text: 'Strong PostgreSQL skills', kind: 'required', origin: 'posting' },
      { key: 'j', text: 'Experience with Java', kind: 'required', origin: 'posting' },
      { key: 's', text: 'Knowledge of SOAP', kind: 'required', origin: 'posting' },
      { key: 'r', text: 'Experience designing REST APIs', kind: 'required', origin: 'posting' },
      { key: 'k', text: 'Kafka', kind: 'required', origin: 'posting' },
    ],
  };
  const roleId = await createRoleFromReview(db, draft, T0);
  const items = await listRequirements(db, roleId);
  const byText = (text: string) => {
    const found = items.find((item) => item.text === text);
    if (!found) throw new Error(`no item ${text}`);
    return found;
  };
  await setRequirementChecked(db, byText('5+ years experience with Go.').id, true, T0);
  await setEvidence(db, byText('5+ years experience with Go.').id, 'Led the Go rewrite', T0);
  await setConfidence(db, byText('5+ years experience with Go.').id, 3, T0);
  await db.requirements.update(byText('Strong PostgreSQL skills').id, { storyIds: ['story-1'] });
  await setRequirementChecked(db, byText('Experience with Java').id, true, T0);
  await updateRequirement(
    db,
    byText('Experience designing REST APIs').id,
    { text: 'REST: designed the payments API' },
    T0,
  );
  const custom = await addCustomRequirement(
    db,
    roleId,
    { text: 'Speaks Dutch', kind: 'preferred' },
    T0,
  );
  if (!custom.ok) throw new Error(custom.error);
  await setRequirementChecked(db, custom.value.id, true, T0);
  return { roleId, byText };
}

/** An interview stage of the role with no probe links yet. */
function stage(roleId: string, id: string): InterviewStage {
  return {
    id,
    applicationId: 'app',
    roleId,
    name: 'Tech',
    kind: 'technical',
    order: 0,
    status: 'planned',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

async function snapshot(roleId: string) {
  return {
    role: await db.roles.get(roleId),
    posting: await db.postings.get(roleId),
    requirements: await listRequirements(db, roleId),
    activities: await listActivities(db, roleId),
    drafts: await db.drafts.toArray(),
    stages: await db.stages.toArray(),
  };
}

describe('previewReparse', () => {
  it('is undefined for a role that is gone', async () => {
    expect(await previewReparse(db, 'nope')).toBeUndefined();
  });

  it('lists the difference with the current checklist', async () => {
    const { roleId } = await seedRole();
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

describe('applyReparse', () => {
  it('merges the new parse into the checklist, keeping the applicant’s work', async () => {
    const { roleId, byText } = await seedRole();
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

    const after = await snapshot(roleId);
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
      const { roleId, byText } = await seedRole();
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
    const { roleId, byText } = await seedRole();
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
    const { roleId, byText } = await seedRole();
    const soap = byText('Knowledge of SOAP');
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await db.stages.add({ ...stage(roleId, 'stage-1'), probeRequirementIds: [soap.id] });
    await applyReparse(db, roleId, plan, T1);
    expect(await db.requirements.get(soap.id)).toMatchObject({ origin: 'custom' });
    expect((await db.stages.get('stage-1'))?.probeRequirementIds).toEqual([soap.id]);
  });

  it('keeps a removed item that gained progress after the preview', async () => {
    const { roleId, byText } = await seedRole();
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await setEvidence(db, byText('Knowledge of SOAP').id, 'Built a SOAP bridge', T0);
    await applyReparse(db, roleId, plan, T1);
    const soap = await db.requirements.get(byText('Knowledge of SOAP').id);
    expect(soap).toMatchObject({ origin: 'custom', evidence: 'Built a SOAP bridge' });
  });

  it('leaves items deleted since the preview deleted and keeps items added since', async () => {
    const { roleId, byText } = await seedRole();
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
    const { roleId } = await seedRole();
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    const before = await snapshot(roleId);
    db.activities.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(applyReparse(db, roleId, plan, T1)).rejects.toThrow('quota exceeded');
    expect(await snapshot(roleId)).toEqual(before);
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
    const { roleId } = await seedRole();
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
