/**
 * Saves one text field of a stage with a revision check, for fields that save as the
 * user types: if another window changed the field since the editor's base, nothing is
 * written and the stored stage comes back as a conflict.
 */
import type { InterviewStage } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';
import { updateStage, type StageOutcome } from './stages-repo';
import { isStaleText, textConflict, type TextConflict } from './text-revision';

/** The stage fields that are free text, each saved on its own. */
export type StageTextField = 'name' | 'interviewers' | 'location' | 'prepNotes' | 'outcomeNotes';

export async function updateStageText(
  db: ShortlistDb,
  stageId: string,
  field: StageTextField,
  text: string,
  /** The stored text the edit started from. */
  base: string,
  now: number = Date.now(),
): Promise<StageOutcome<InterviewStage> | TextConflict<InterviewStage>> {
  // The same tables as updateStage, whose transaction then joins this one.
  return db.transaction('rw', [db.stages, db.activities, db.roles], async () => {
    const stage = await db.stages.get(stageId);
    const next = field === 'name' ? text.trim() : text;
    if (stage && isStaleText(stage[field], base, next)) return textConflict(stage);
    return updateStage(db, stageId, { [field]: text }, now);
  });
}
