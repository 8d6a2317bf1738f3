/**
 * What is coming up across all roles: scheduled interviews and due next actions, for
 * the Agenda and the Roles table's "next interview" column. Reads only indexed ranges.
 */
import type { AgendaItem } from '../../../shared/domain/agenda';
import { startOfLocalDay } from '../../../shared/domain/agenda';
import type { ApplicationStatus } from '../../../shared/domain/model';
import type { ChecklistProgress } from '../../../shared/domain/progress';
import type { ShortlistDb } from './db';
import { currentApplications } from './current-application';
import { listUpcomingStages } from './upcoming-stages';

/** How far back an interview still waiting for its outcome is shown as overdue. */
const OUTCOME_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const CLOSED: ReadonlySet<ApplicationStatus> = new Set([
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
]);

function readinessOf(progress: ChecklistProgress | undefined): { readiness?: ChecklistProgress } {
  return progress === undefined ? {} : { readiness: progress };
}

/** Each role's next open interview from now: stage name and time. */
export async function nextInterviewsByRole(
  db: ShortlistDb,
  now: number,
): Promise<Map<string, { at: number; name: string }>> {
  const next = new Map<string, { at: number; name: string }>();
  for (const stage of await listUpcomingStages(db, now)) {
    const at = stage.scheduledAt ?? 0;
    const seen = next.get(stage.roleId);
    if (!seen || at < seen.at) next.set(stage.roleId, { at, name: stage.name });
  }
  return next;
}

/**
 * The Agenda: open interviews from the last 30 days on (past ones are overdue: they
 * need an outcome) and the next actions of open current applications that have a due
 * date (past due is overdue). Archived roles are left out.
 */
export async function listAgenda(db: ShortlistDb, now: number): Promise<AgendaItem[]> {
  return db.transaction('r', [db.stages, db.applications, db.roles], async () => {
    const [stages, dueApplications, allApplications] = await Promise.all([
      listUpcomingStages(db, now - OUTCOME_WINDOW_MS),
      db.applications.where('nextActionDue').above(0).toArray(),
      db.applications.toArray(),
    ]);
    const current = currentApplications(allApplications);
    const actions = dueApplications.filter(
      (app) => current.get(app.roleId)?.id === app.id && !CLOSED.has(app.status),
    );
    const roleIds = [...new Set([...stages.map((s) => s.roleId), ...actions.map((a) => a.roleId)])];
    const roles = await db.roles.bulkGet(roleIds);
    const titles = new Map<string, string>();
    const progress = new Map<string, ChecklistProgress>();
    for (const role of roles) {
      if (!role || role.archived !== 0) continue;
      titles.set(role.id, role.title);
      progress.set(role.id, role.progress);
    }

    const today = startOfLocalDay(now);
    const items: AgendaItem[] = [];
    for (const stage of stages) {
      const roleTitle = titles.get(stage.roleId);
      if (roleTitle === undefined || stage.scheduledAt === undefined) continue;
      items.push({
        kind: 'interview',
        id: stage.id,
        roleId: stage.roleId,
        roleTitle,
        at: stage.scheduledAt,
        title: stage.name,
        ...(stage.durationMinutes ? { durationMinutes: stage.durationMinutes } : {}),
        ...readinessOf(progress.get(stage.roleId)),
        overdue: stage.scheduledAt < now,
      });
    }
    for (const app of actions) {
      const roleTitle = titles.get(app.roleId);
      if (roleTitle === undefined || app.nextActionDue === undefined) continue;
      items.push({
        kind: 'next-action',
        id: app.id,
        roleId: app.roleId,
        roleTitle,
        at: app.nextActionDue,
        title: app.nextAction || 'Next action',
        // Due dates are days: due today is not overdue until tomorrow.
        overdue: app.nextActionDue < today,
      });
    }
    return items;
  });
}
