/**
 * The stages still to come, read for the Agenda and the Roles table's next-interview
 * column. Apart from stages-repo (which validates edits with zod) so the first screen
 * reads them without loading the schema library.
 */
import { isUpcomingStatus } from '../../../shared/domain/stage-templates';
import type { InterviewStage } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';

/**
 * Stages with a time at or after `fromMs` that are still to come (planned or
 * scheduled), soonest first, across all roles and applications; each carries its
 * `roleId` for the caller to join.
 */
export async function listUpcomingStages(
  db: ShortlistDb,
  fromMs: number,
): Promise<InterviewStage[]> {
  return db.stages
    .where('scheduledAt')
    .aboveOrEqual(fromMs)
    .filter((stage) => isUpcomingStatus(stage.status))
    .toArray();
}
