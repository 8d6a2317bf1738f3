/**
 * A role's current application (its newest: a re-application is a second one). A leaf
 * module that the role, agenda, stage, checklist and export repositories all read, so
 * none of them needs another repository for it.
 */
import type { Application } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';

/** The newest application per role: a re-application supersedes the earlier one. */
export function currentApplications(
  applications: readonly Application[],
): Map<string, Application> {
  const current = new Map<string, Application>();
  for (const application of applications) {
    const seen = current.get(application.roleId);
    // Ties go to the higher id, as the [roleId+createdAt] index orders them.
    const newer =
      !seen ||
      application.createdAt > seen.createdAt ||
      (application.createdAt === seen.createdAt && application.id > seen.id);
    if (newer) current.set(application.roleId, application);
  }
  return current;
}

/** The role's newest application. */
export async function getCurrentApplication(
  db: ShortlistDb,
  roleId: string,
): Promise<Application | undefined> {
  return db.applications
    .where('[roleId+createdAt]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .last();
}
