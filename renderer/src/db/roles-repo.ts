/** Queries and commands about roles as a whole. */
import type {
  ApplicationStatus,
  Compensation,
  Flag,
  Posting,
  Role,
} from '../../../shared/domain/model';
import type { ChecklistProgress } from '../../../shared/domain/progress';
import { parserVersionSetting } from '../../../shared/import/parser-version-setting';
import type { ShortlistDb } from './db';
import { nextInterviewsByRole } from './agenda-repo';
import { currentApplications } from './current-application';
import { deleteSetting } from './settings-repo';

/** One row of the Roles table: light fields only, never the posting text. */
export interface RoleSummary {
  id: string;
  title: string;
  company: string;
  team: string;
  location: string;
  status: ApplicationStatus;
  progress: ChecklistProgress;
  /** The next open interview, if one is scheduled. */
  nextInterview?: { at: number; name: string };
  lastActivityAt: number;
  updatedAt: number;
  /** The current application's pay range, when one is given. */
  compensation?: Compensation;
  /** The posting's closing day, "YYYY-MM-DD", or "" when not known. */
  closingDate: string;
  archived: Flag;
}

/** Which roles a list includes: the tracked ones (the default), or only the archived. */
export interface RoleListOptions {
  archived?: 'exclude' | 'only';
}

/**
 * Every non-archived role (only the archived ones with `archived: 'only'`) with its
 * status, pay, closing date, checklist progress, next interview (from `now`) and last
 * activity. Reads light records only: never postings or requirements.
 */
export async function listRoleSummaries(
  db: ShortlistDb,
  now: number = Date.now(),
  options: RoleListOptions = {},
): Promise<RoleSummary[]> {
  return db.transaction('r', [db.roles, db.applications, db.stages], async () => {
    const [roles, applications, nextInterviews] = await Promise.all([
      db.roles
        .where('archived')
        .equals(options.archived === 'only' ? 1 : 0)
        .toArray(),
      db.applications.toArray(),
      nextInterviewsByRole(db, now),
    ]);
    const current = currentApplications(applications);
    return roles.map((role) => {
      const application = current.get(role.id);
      return {
        id: role.id,
        title: role.title,
        company: role.company,
        team: role.team,
        location: role.location,
        status: application?.status ?? 'interested',
        progress: role.progress,
        ...(nextInterviews.has(role.id) ? { nextInterview: nextInterviews.get(role.id) } : {}),
        lastActivityAt: role.lastActivityAt,
        updatedAt: role.updatedAt,
        ...(application?.compensation ? { compensation: application.compensation } : {}),
        closingDate: role.closingDate ?? '',
        archived: role.archived,
      };
    });
  });
}

/** How many roles the user is tracking (not archived). */
export async function countRoles(db: ShortlistDb): Promise<number> {
  return db.roles.where('archived').equals(0).count();
}

/** How many roles are archived: counted apart from the ones being tracked. */
export async function countArchivedRoles(db: ShortlistDb): Promise<number> {
  return db.roles.where('archived').equals(1).count();
}

export async function getRole(db: ShortlistDb, roleId: string): Promise<Role | undefined> {
  return db.roles.get(roleId);
}

export async function getPosting(db: ShortlistDb, roleId: string): Promise<Posting | undefined> {
  return db.postings.get(roleId);
}

/** Deletes a role and everything that belongs to it (its settings too), all or nothing. */
export async function deleteRole(db: ShortlistDb, roleId: string): Promise<void> {
  const tables = [
    db.drafts,
    db.roles,
    db.postings,
    db.requirements,
    db.applications,
    db.stages,
    db.notes,
    db.activities,
    db.meta,
    db.contacts,
  ];
  await db.transaction('rw', tables, async () => {
    await deleteSetting(db, parserVersionSetting(roleId));
    await db.requirements.where('roleId').equals(roleId).delete();
    await db.stages.where('roleId').equals(roleId).delete();
    await db.notes.where('roleId').equals(roleId).delete();
    await db.contacts.where('roleId').equals(roleId).delete();
    await db.activities.where('roleId').equals(roleId).delete();
    await db.drafts.where('roleId').equals(roleId).delete();
    await db.applications.where('roleId').equals(roleId).delete();
    await db.postings.delete(roleId);
    await db.roles.delete(roleId);
  });
}
