/**
 * Acting on an application's next action from the Agenda: mark it done, snooze it to
 * another day, or rewrite it. Each change and its activity entry are one transaction,
 * so the log never claims a change that was not saved.
 */
import { formatDay } from '../../../shared/domain/dates';
import type { Application } from '../../../shared/domain/model';
import { formatTimeSafely } from '../../../shared/domain/safe-format';
import { logActivity } from './activities-repo';
import { updateApplication, type ApplicationResult } from './applications-repo';
import type { ShortlistDb } from './db';

const GONE = 'This application no longer exists.';

/** What "Done" removed, so Undo can put it back exactly. */
export interface CompletedNextAction {
  applicationId: string;
  nextAction: string;
  nextActionDue?: number;
  /** The activity entry "Done" logged, removed again by Undo. */
  activityId: string;
}

function label(application: Application): string {
  return application.nextAction.trim() || 'Next action';
}

/**
 * Marks the application's next action done: clears its text and due day and logs
 * "Done: …" on the role's activity.
 */
export async function completeNextAction(
  db: ShortlistDb,
  applicationId: string,
  now: number = Date.now(),
): Promise<ApplicationResult<CompletedNextAction>> {
  return db.transaction('rw', [db.applications, db.activities, db.roles], async () => {
    const application = await db.applications.get(applicationId);
    if (!application) return { ok: false, error: GONE };
    const activity = await logActivity(
      db,
      {
        roleId: application.roleId,
        applicationId,
        type: 'next-action',
        summary: `Done: ${label(application)}`,
      },
      now,
    );
    await db.applications.update(applicationId, {
      nextAction: '',
      nextActionDue: undefined,
      updatedAt: now,
    });
    return {
      ok: true,
      value: {
        applicationId,
        nextAction: application.nextAction,
        ...(application.nextActionDue === undefined
          ? {}
          : { nextActionDue: application.nextActionDue }),
        activityId: activity.id,
      },
    };
  });
}

/**
 * Undoes {@link completeNextAction}: the text and due day come back and the "Done"
 * entry goes, unless the applicant has written a new next action since (then theirs
 * wins and nothing is overwritten).
 */
export async function undoCompleteNextAction(
  db: ShortlistDb,
  done: CompletedNextAction,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  return db.transaction('rw', [db.applications, db.activities], async () => {
    const application = await db.applications.get(done.applicationId);
    if (!application) return { ok: false, error: GONE };
    if (application.nextAction !== '' || application.nextActionDue !== undefined) {
      return { ok: false, error: 'A new next action was written since; it was kept.' };
    }
    await db.activities.delete(done.activityId);
    await db.applications.update(done.applicationId, {
      nextAction: done.nextAction,
      nextActionDue: done.nextActionDue,
      updatedAt: now,
    });
    const restored = await db.applications.get(done.applicationId);
    return restored ? { ok: true, value: restored } : { ok: false, error: GONE };
  });
}

/** Moves the next action's due day (a local midnight) and logs the snooze. */
export async function snoozeNextAction(
  db: ShortlistDb,
  applicationId: string,
  due: number,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  return db.transaction('rw', [db.applications, db.activities, db.roles], async () => {
    const before = await db.applications.get(applicationId);
    if (!before) return { ok: false, error: GONE };
    const saved = await updateApplication(db, applicationId, { nextActionDue: due }, now);
    if (!saved.ok) return saved;
    await logActivity(
      db,
      {
        roleId: before.roleId,
        applicationId,
        type: 'next-action',
        summary: `Snoozed “${label(before)}” to ${formatTimeSafely(due, formatDay)}`,
      },
      now,
    );
    return saved;
  });
}

/** Rewrites the next action's text and due day (`null` clears the day). */
export async function editNextAction(
  db: ShortlistDb,
  applicationId: string,
  nextAction: string,
  due: number | null,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  return updateApplication(db, applicationId, { nextAction, nextActionDue: due }, now);
}
