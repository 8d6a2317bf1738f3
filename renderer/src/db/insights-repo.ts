/**
 * What the Insights screen is computed from: every application, the activity entries
 * that tell their history, and every stage with a time. Read in one transaction so the
 * three agree.
 */
import type { InsightsInput } from '../../../shared/domain/insights';
import type { ShortlistDb } from './db';

/** Activity types the insights read; the rest of the log (ticks, exports…) is skipped. */
const HISTORY_TYPES: ReadonlySet<string> = new Set([
  'role-created',
  'status-changed',
  'stage-scheduled',
  'stage-result',
]);

/** Everything the insights need, from every role (archived ones too: they are history). */
export async function loadInsightsInput(db: ShortlistDb): Promise<InsightsInput> {
  return db.transaction('r', [db.applications, db.activities, db.stages], async () => {
    const [applications, activities, stages] = await Promise.all([
      db.applications.toArray(),
      db.activities.filter((activity) => HISTORY_TYPES.has(activity.type)).toArray(),
      db.stages.where('scheduledAt').above(-Infinity).toArray(),
    ]);
    return { applications, activities, stages };
  });
}
