/**
 * Interview stages of a role's current application, and the stage templates that seed
 * them. Every multi-record change is one transaction; stages added, a time given or
 * moved, and a result are logged in the transaction that records them (stage-log.ts).
 */
import { z } from 'zod';
import {
  STAGE_KINDS,
  STAGE_STATUSES,
  type Application,
  type InterviewStage,
} from '../../../shared/domain/model';
import { insertId, moveStep, orderChanges, reconcileOrder } from '../../../shared/domain/reorder';
import { blankStage, stagesFromTemplate } from '../../../shared/domain/stage-templates';
import { nextCalendarRevision } from '../../../shared/domain/calendar-revision';
import { FIELD_LIMITS } from '../../../shared/domain/field-limits';
import { isValidTimeZone } from '../../../shared/domain/stage-time';
import { newId, type ShortlistDb } from './db';
import { logStageEdit, logStagesAdded } from './stage-log';
import { getCurrentApplication } from './current-application';
import type { StageOutcome } from './stage-outcome';

/** Expected failures come back as values with a message for the user. */
export type { StageOutcome } from './stage-outcome';

const GONE = 'This stage no longer exists (it may have been deleted in another window).';
const NO_APPLICATION = 'This role has no application to add stages to.';

/** A role's current application and its stages in order. */
export interface RoleStages {
  application: Application | null;
  stages: InterviewStage[];
}

/** An application's stages in their stored order. */
export async function listStages(
  db: ShortlistDb,
  applicationId: string,
): Promise<InterviewStage[]> {
  return db.stages
    .where('[applicationId+order]')
    .between([applicationId, -Infinity], [applicationId, Infinity])
    .toArray();
}

/** The stages of the role's current (newest) application. */
export async function getRoleStages(db: ShortlistDb, roleId: string): Promise<RoleStages> {
  return db.transaction('r', [db.applications, db.stages], async () => {
    const application = (await getCurrentApplication(db, roleId)) ?? null;
    const stages = application ? await listStages(db, application.id) : [];
    return { application, stages };
  });
}

export { listUpcomingStages } from './upcoming-stages';

async function nextOrder(db: ShortlistDb, applicationId: string): Promise<number> {
  const last = await db.stages
    .where('[applicationId+order]')
    .between([applicationId, -Infinity], [applicationId, Infinity])
    .last();
  return last ? last.order + 1 : 0;
}

/** Adds a blank stage after the current application's last one, and logs it. */
export async function addStage(
  db: ShortlistDb,
  roleId: string,
  now: number = Date.now(),
): Promise<StageOutcome<InterviewStage>> {
  const tables = [db.applications, db.stages, db.activities, db.roles];
  return db.transaction('rw', tables, async () => {
    const application = await getCurrentApplication(db, roleId);
    if (!application) return { ok: false, error: NO_APPLICATION };
    const placement = {
      roleId,
      applicationId: application.id,
      firstOrder: await nextOrder(db, application.id),
      now,
    };
    const stage = blankStage(placement, newId());
    await db.stages.add(stage);
    await logStagesAdded(db, [stage], now);
    return { ok: true, value: stage };
  });
}

/** Appends a template's stages to the current application's and logs them, all or nothing. */
export async function addStagesFromTemplate(
  db: ShortlistDb,
  roleId: string,
  templateId: string,
  now: number = Date.now(),
): Promise<StageOutcome<InterviewStage[]>> {
  const tables = [db.applications, db.stages, db.stageTemplates, db.activities, db.roles];
  return db.transaction('rw', tables, async () => {
    const application = await getCurrentApplication(db, roleId);
    if (!application) return { ok: false, error: NO_APPLICATION };
    const template = await db.stageTemplates.get(templateId);
    if (!template) return { ok: false, error: 'That template no longer exists.' };
    const placement = {
      roleId,
      applicationId: application.id,
      firstOrder: await nextOrder(db, application.id),
      now,
    };
    const stages = stagesFromTemplate(template, placement, newId);
    await db.stages.bulkAdd(stages);
    await logStagesAdded(db, stages, now, template.name);
    return { ok: true, value: stages };
  });
}

const { stageName, stageInterviewers, stageLocation, stageNotes } = FIELD_LIMITS;
const tooLong = (max: number) => `At most ${max.toLocaleString('en')} characters.`;
const longText = z.string().max(stageNotes.max, tooLong(stageNotes.max));

/**
 * What an edit may change. `null` clears an optional field (the schedule, duration or
 * zone); unknown keys are refused, so a caller cannot move a stage to another role.
 */
export const stagePatchSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'A stage needs a name.')
      .max(stageName.max, tooLong(stageName.max)),
    kind: z.enum(STAGE_KINDS),
    status: z.enum(STAGE_STATUSES),
    scheduledAt: z.number().int().nullable(),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullable(),
    timezone: z.string().refine(isValidTimeZone, 'Unknown time zone.').nullable(),
    interviewers: z.string().max(stageInterviewers.max, tooLong(stageInterviewers.max)),
    location: z.string().max(stageLocation.max, tooLong(stageLocation.max)),
    prepNotes: longText,
    outcomeNotes: longText,
    probeRequirementIds: z.array(z.string().min(1)).max(1000),
  })
  .partial()
  .strict();

export type StagePatch = z.infer<typeof stagePatchSchema>;

type StageChanges = Partial<Omit<InterviewStage, 'id' | 'roleId' | 'applicationId'>>;

function toChanges(patch: StagePatch, stage: InterviewStage, now: number): StageChanges {
  const changes: StageChanges = { updatedAt: now };
  for (const [key, value] of Object.entries(patch)) {
    // Dexie deletes a property set to undefined: that is how `null` clears a field.
    Object.assign(changes, { [key]: value ?? undefined });
  }
  const revision = nextCalendarRevision(stage, changes);
  if (revision !== (stage.calendarRevision ?? 0)) changes.calendarRevision = revision;
  // Giving a planned round a time schedules it, so the Agenda sees it.
  if (typeof patch.scheduledAt === 'number' && !patch.status && stage.status === 'planned') {
    changes.status = 'scheduled';
  }
  return changes;
}

/**
 * Applies a validated edit. Setting a status that records a result (done, passed,
 * failed, cancelled) writes a 'stage-result' activity, and giving, moving or clearing
 * the time writes 'stage-scheduled' / 'stage-rescheduled', in the same transaction.
 */
export async function updateStage(
  db: ShortlistDb,
  stageId: string,
  patch: unknown,
  now: number = Date.now(),
): Promise<StageOutcome<InterviewStage>> {
  const parsed = stagePatchSchema.safeParse(patch);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid change.' };
  }
  return db.transaction('rw', [db.stages, db.activities, db.roles], async () => {
    const stage = await db.stages.get(stageId);
    if (!stage) return { ok: false, error: GONE };
    const changes = toChanges(parsed.data, stage, now);
    await db.stages.update(stageId, changes);
    const updated = (await db.stages.get(stageId)) ?? stage;
    await logStageEdit(db, stage, updated, now);
    return { ok: true, value: updated };
  });
}

/** What Undo needs to put a deleted stage back exactly where it was. */
export interface DeletedStage {
  stage: InterviewStage;
  index: number;
}

async function renumber(db: ShortlistDb, applicationId: string, ids: readonly string[]) {
  const stages = await listStages(db, applicationId);
  const current = new Map(stages.map((stage) => [stage.id, stage.order]));
  const wanted = reconcileOrder(
    ids,
    stages.map((stage) => stage.id),
  );
  // Order is position, not content: updatedAt stays, so Undo restores records exactly.
  for (const change of orderChanges(wanted, current)) {
    await db.stages.update(change.id, { order: change.order });
  }
}

/** Deletes a stage and closes the gap; returns what Undo needs, or null if it was gone. */
export async function deleteStage(db: ShortlistDb, stageId: string): Promise<DeletedStage | null> {
  return db.transaction('rw', [db.stages], async () => {
    const stage = await db.stages.get(stageId);
    if (!stage) return null;
    const ids = (await listStages(db, stage.applicationId)).map((s) => s.id);
    await db.stages.delete(stageId);
    await renumber(
      db,
      stage.applicationId,
      ids.filter((id) => id !== stageId),
    );
    return { stage, index: ids.indexOf(stageId) };
  });
}

/** Puts a deleted stage back, unchanged, at its old position. */
export async function restoreStage(db: ShortlistDb, deleted: DeletedStage): Promise<void> {
  const { stage, index } = deleted;
  await db.transaction('rw', [db.stages], async () => {
    const ids = (await listStages(db, stage.applicationId)).map((s) => s.id);
    await db.stages.put(stage);
    await renumber(db, stage.applicationId, insertId(ids, stage.id, index));
  });
}

/** Stores a new order (e.g. after a drag): ids are renumbered 0…n-1 in one transaction. */
export async function reorderStages(
  db: ShortlistDb,
  applicationId: string,
  orderedIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', [db.stages], async () => {
    await renumber(db, applicationId, orderedIds);
  });
}

/** Moves a stage one place up (-1) or down (+1); false when it cannot move. */
export async function moveStage(db: ShortlistDb, stageId: string, delta: -1 | 1): Promise<boolean> {
  return db.transaction('rw', [db.stages], async () => {
    const stage = await db.stages.get(stageId);
    if (!stage) return false;
    const ids = (await listStages(db, stage.applicationId)).map((s) => s.id);
    const moved = moveStep(ids, stageId, delta);
    if (!moved) return false;
    await renumber(db, stage.applicationId, moved);
    return true;
  });
}

// Template CRUD lives in its own module; it is part of this repository's surface.
export {
  createStageTemplate,
  deleteStageTemplate,
  ensureStageTemplates,
  listStageTemplates,
  restoreStageTemplate,
  saveStageTemplate,
  templateInputSchema,
  type TemplateInput,
} from './stage-templates-repo';
