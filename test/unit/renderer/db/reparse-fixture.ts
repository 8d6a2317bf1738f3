/** Re-parse test data: a role imported from a short posting, with work on its items. */
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { createRoleFromReview } from '../../../../renderer/src/db/import-repo';
import {
  addCustomRequirement,
  listRequirements,
  setRequirementChecked,
  updateRequirement,
} from '../../../../renderer/src/db/requirements-repo';
import { setConfidence, setEvidence } from '../../../../renderer/src/db/evidence-repo';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import type { InterviewStage, Requirement } from '../../../../shared/domain/model';
import { reviewFromText, type ReviewDraft } from '../../../../shared/import/review';

export const T0 = 1_700_000_000_000;
export const T1 = T0 + 60_000;

export const POSTING = `# Backend Engineer
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
export async function seedRole(
  db: ShortlistDb,
): Promise<{ roleId: string; byText: (text: string) => Requirement }> {
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
export function stage(roleId: string, id: string): InterviewStage {
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

export async function snapshot(db: ShortlistDb, roleId: string) {
  return {
    role: await db.roles.get(roleId),
    posting: await db.postings.get(roleId),
    requirements: await listRequirements(db, roleId),
    activities: await listActivities(db, roleId),
    drafts: await db.drafts.toArray(),
    stages: await db.stages.toArray(),
  };
}
