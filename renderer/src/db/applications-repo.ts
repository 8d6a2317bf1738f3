/**
 * Queries and commands on a role's applications: status changes (always logged in the
 * same transaction), edits of the details, and re-applying.
 */
import type { UpdateSpec } from 'dexie';
import {
  applicationPatchSchema,
  blankApplication,
  newApplicationSummary,
  statusChangeSummary,
} from '../../../shared/domain/application-rules';
import { startOfLocalDay } from '../../../shared/domain/dates';
import type { Application, ApplicationStatus } from '../../../shared/domain/model';
import { newId, type ShortlistDb } from './db';
import { logActivity } from './activities-repo';

/** Expected failures are values the screen can show; exceptions mean bugs. */
export type ApplicationResult<T> = { ok: true; value: T } | { ok: false; error: string };

const MISSING = 'This application no longer exists (it may have been deleted in another window).';
const SUPERSEDED = 'A newer application for this role has been started; change its status instead.';

/** The statuses a new application (a re-application) may start in. */
export type NewApplicationStatus = Extract<ApplicationStatus, 'interested' | 'applied'>;

/** The role's newest application (read inside the caller's transaction). */
async function newestApplication(db: ShortlistDb, roleId: string) {
  return db.applications
    .where('[roleId+createdAt]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .last();
}

/** All of a role's applications, newest (the current one) first. */
export async function listApplications(db: ShortlistDb, roleId: string): Promise<Application[]> {
  return db.applications
    .where('[roleId+createdAt]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .reverse()
    .toArray();
}

/**
 * Moves the role's current application to `status` and logs "Status: from → to", in one
 * transaction. Moving to `applied` with no applied date sets it to today (local
 * midnight). Setting the status it already has changes nothing and logs nothing. An
 * application superseded by a re-application is history: changing it is refused, so a
 * control still showing the old one (a re-apply in flight, another window) cannot
 * rewrite it.
 */
export async function setApplicationStatus(
  db: ShortlistDb,
  applicationId: string,
  status: ApplicationStatus,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  return db.transaction('rw', [db.applications, db.activities, db.roles], async () => {
    const application = await db.applications.get(applicationId);
    if (!application) return { ok: false, error: MISSING };
    const current = await newestApplication(db, application.roleId);
    if (current?.id !== applicationId) return { ok: false, error: SUPERSEDED };
    if (application.status === status) return { ok: true, value: application };
    const changes: UpdateSpec<Application> = { status, updatedAt: now };
    if (status === 'applied' && application.appliedAt === undefined) {
      changes.appliedAt = startOfLocalDay(now) ?? now;
    }
    await db.applications.update(applicationId, changes);
    await logActivity(
      db,
      {
        roleId: application.roleId,
        applicationId,
        type: 'status-changed',
        summary: statusChangeSummary(application.status, status),
        fromStatus: application.status,
        toStatus: status,
      },
      now,
    );
    const saved = await db.applications.get(applicationId);
    return saved ? { ok: true, value: saved } : { ok: false, error: MISSING };
  });
}

function describeIssues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }) {
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Saves an edit of an application's details. `patch` is untrusted (it comes from form
 * fields) and is validated first: a bad value is reported and nothing is written.
 * `null` clears an optional field (applied date, due date, priority).
 */
export async function updateApplication(
  db: ShortlistDb,
  applicationId: string,
  patch: unknown,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  const parsed = applicationPatchSchema.safeParse(patch);
  if (!parsed.success) {
    return { ok: false, error: `Not saved: ${describeIssues(parsed.error)}` };
  }
  const changes: UpdateSpec<Application> = { updatedAt: now };
  for (const [key, value] of Object.entries(parsed.data)) {
    // Dexie deletes a property set to undefined: that is how null clears a field.
    (changes as Record<string, unknown>)[key] = value ?? undefined;
  }
  return db.transaction('rw', [db.applications], async () => {
    const updated = await db.applications.update(applicationId, changes);
    if (updated === 0) return { ok: false, error: MISSING };
    const saved = await db.applications.get(applicationId);
    return saved ? { ok: true, value: saved } : { ok: false, error: MISSING };
  });
}

/**
 * Starts a new application for the role (re-applying after an earlier one closed, or
 * the first one if the role has none) and logs it, in one transaction. The new one
 * becomes the current application: it is always created after the newest existing one,
 * even if the clock says otherwise.
 */
export async function reapply(
  db: ShortlistDb,
  roleId: string,
  status: NewApplicationStatus,
  now: number = Date.now(),
): Promise<ApplicationResult<Application>> {
  return db.transaction('rw', [db.applications, db.activities, db.roles], async () => {
    const role = await db.roles.get(roleId);
    if (!role) return { ok: false, error: 'This role no longer exists.' };
    const previous = await newestApplication(db, roleId);
    const createdAt = previous && previous.createdAt >= now ? previous.createdAt + 1 : now;
    const application: Application = {
      ...blankApplication(newId(), roleId, status, createdAt),
      ...(status === 'applied' ? { appliedAt: startOfLocalDay(now) ?? now } : {}),
    };
    await db.applications.add(application);
    await logActivity(
      db,
      {
        roleId,
        applicationId: application.id,
        type: 'status-changed',
        summary: newApplicationSummary(status, previous),
        toStatus: status,
      },
      now,
    );
    return { ok: true, value: application };
  });
}
