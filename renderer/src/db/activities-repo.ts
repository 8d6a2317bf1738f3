/** The append-only activity log, and the role's "last activity" time that follows it. */
import type { Activity } from '../../../shared/domain/model';
import { newId, type ShortlistDb } from './db';

export type NewActivity = Omit<Activity, 'id' | 'at'>;

/**
 * Appends an activity and moves the role's `lastActivityAt`. Call inside a transaction
 * that includes the activities and roles tables, with the change it records, so the log
 * and the data can never disagree.
 */
export async function logActivity(
  db: ShortlistDb,
  entry: NewActivity,
  now: number = Date.now(),
): Promise<Activity> {
  const activity: Activity = { ...entry, id: newId(), at: now };
  await db.activities.add(activity);
  await db.roles.update(entry.roleId, { lastActivityAt: now });
  return activity;
}

/** A role's activity, newest first. */
export async function listActivities(db: ShortlistDb, roleId: string): Promise<Activity[]> {
  return db.activities
    .where('[roleId+at]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .reverse()
    .toArray();
}
