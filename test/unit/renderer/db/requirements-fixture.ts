/** Requirements-repo test data: one role with four checklist items, and readers of it. */
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listRequirements } from '../../../../renderer/src/db/requirements-repo';
import type {
  Application,
  InterviewStage,
  Requirement,
  RequirementKind,
  StageStatus,
} from '../../../../shared/domain/model';
import { checklistProgress } from '../../../../shared/domain/progress';

export const ROLE = 'role-1';
export const T0 = 1_000;

export function requirement(id: string, kind: RequirementKind, order: number, checked: 0 | 1 = 0) {
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
export async function seedRole(db: ShortlistDb): Promise<Requirement[]> {
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

/** The role's checklist progress now. */
export async function progress(db: ShortlistDb) {
  return (await db.roles.get(ROLE))?.progress;
}

/** The role's item ids in checklist order. */
export async function order(db: ShortlistDb) {
  return (await listRequirements(db, ROLE)).map((item) => item.id);
}

/** The role's application, created at `createdAt`. */
export async function addApplication(db: ShortlistDb, createdAt = T0): Promise<Application> {
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

/** A stage of `applicationId` that probes `probeRequirementIds`. */
export function stage(
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
