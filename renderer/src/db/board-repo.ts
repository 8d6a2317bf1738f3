/** The Board's cards: each tracked role's current application, with light fields only. */
import type { BoardCard } from '../../../shared/domain/board';
import type { ShortlistDb } from './db';
import { nextInterviewsByRole } from './agenda-repo';
import { currentApplications } from './current-application';

/**
 * A card for every non-archived role that has an application (its newest one), with
 * checklist progress, the next interview from `now` and the next action. Reads light
 * records only: never postings, requirements or notes.
 */
export async function listBoardCards(
  db: ShortlistDb,
  now: number = Date.now(),
): Promise<BoardCard[]> {
  return db.transaction('r', [db.roles, db.applications, db.stages], async () => {
    const [roles, applications, nextInterviews] = await Promise.all([
      db.roles.where('archived').equals(0).toArray(),
      db.applications.toArray(),
      nextInterviewsByRole(db, now),
    ]);
    const current = currentApplications(applications);
    const cards: BoardCard[] = [];
    for (const role of roles) {
      const application = current.get(role.id);
      // Without an application there is nothing to move; the role screen offers to start one.
      if (!application) continue;
      const nextInterview = nextInterviews.get(role.id);
      cards.push({
        roleId: role.id,
        applicationId: application.id,
        title: role.title,
        company: role.company,
        team: role.team,
        status: application.status,
        ...(application.priority !== undefined ? { priority: application.priority } : {}),
        progress: role.progress,
        ...(nextInterview ? { nextInterview } : {}),
        nextAction: application.nextAction,
        ...(application.nextActionDue !== undefined
          ? { nextActionDue: application.nextActionDue }
          : {}),
        updatedAt: Math.max(role.updatedAt, application.updatedAt),
      });
    }
    return cards;
  });
}
