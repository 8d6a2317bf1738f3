/**
 * What the activity log records about interview stages: stages added, a time given,
 * moved or cleared, and a result. Called inside the transaction that makes the change
 * (it must include the activities and roles tables), so the log never disagrees.
 */
import type { InterviewStage } from '../../../shared/domain/model';
import { scheduleChange, stagesAddedSummary } from '../../../shared/domain/stage-activity';
import { isResultStatus, stageResultSummary } from '../../../shared/domain/stage-templates';
import type { ShortlistDb } from './db';
import { logActivity } from './activities-repo';

/** Logs stages just added to one application: one entry per action, naming them all. */
export async function logStagesAdded(
  db: ShortlistDb,
  stages: readonly InterviewStage[],
  now: number,
  template?: string,
): Promise<void> {
  const first = stages[0];
  if (!first) return;
  const names = stages.map((stage) => stage.name);
  await logActivity(
    db,
    {
      roleId: first.roleId,
      applicationId: first.applicationId,
      type: 'stage-added',
      summary: stagesAddedSummary(names, template),
    },
    now,
  );
}

/** Logs what an edit changed that the history keeps: the stage's time and its result. */
export async function logStageEdit(
  db: ShortlistDb,
  before: InterviewStage,
  after: InterviewStage,
  now: number,
): Promise<void> {
  const owner = { roleId: after.roleId, applicationId: after.applicationId };
  const schedule = scheduleChange(after, before.scheduledAt, after.scheduledAt);
  if (schedule) await logActivity(db, { ...owner, ...schedule }, now);
  if (after.status !== before.status && isResultStatus(after.status)) {
    const summary = stageResultSummary(after.name, after.status, after.outcomeNotes);
    await logActivity(db, { ...owner, type: 'stage-result', summary }, now);
  }
}
