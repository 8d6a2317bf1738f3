/** Queries and commands about roles as a whole. */
import type { ApplicationStatus, Posting, Role } from '../../../shared/domain/model';
import type { ChecklistProgress } from '../../../shared/domain/progress';
import { parserVersionSetting } from '../../../shared/import/parser-upgrade';
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
}

/**
 * Every non-archived role with its status, checklist progress, next interview (from
 * `now`) and last activity. Reads light records only: never postings or requirements.
 */
export async function listRoleSummaries(
  db: ShortlistDb,
  now: number = Date.now(),
): Promise<RoleSummary[]> {
  return db.transaction('r', [db.roles, db.applications, db.stages], async () => {
    const [roles, applications, nextInterviews] = await Promise.all([
      db.roles.where('archived').equals(0).toArray(),
      db.applications.toArray(),
      nextInterviewsByRole(db, now),
    ]);
    const current = currentApplications(applications);
    return roles.map((role) => ({
      id: role.id,
      title: role.title,
      company: role.company,
      team: role.team,
      location: role.location,
      status: current.get(role.id)?.status ?? 'interested',
      progress: role.progress,
      ...(nextInterviews.has(role.id) ? { nextInterview: nextInterviews.get(role.id) } : {}),
      lastActivityAt: role.lastActivityAt,
      updatedAt: role.updatedAt,
    }));
  });
}

/** How many roles the user is tracking (not archived). */
export async function countRoles(db: ShortlistDb): Promise<number> {
  return db.roles.where('archived').equals(0).count();
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
  ];
  await db.transaction('rw', tables, async () => {
    await deleteSetting(db, parserVersionSetting(roleId));
    await db.requirements.where('roleId').equals(roleId).delete();
    await db.stages.where('roleId').equals(roleId).delete();
    await db.notes.where('roleId').equals(roleId).delete();
    await db.activities.where('roleId').equals(roleId).delete();
    await db.drafts.where('roleId').equals(roleId).delete();
    await db.applications.where('roleId').equals(roleId).delete();
    await db.postings.delete(roleId);
    await db.roles.delete(roleId);
  });
}
