/**
 * Reads what the exports need: a role with its posting, checklist, current application,
 * that application's stages and all its notes; every role for a folder export; and the
 * stages to put in a calendar. Each function is one read transaction, so an export is a
 * consistent snapshot even while another window edits.
 */
import type { InterviewStage } from '../../../shared/domain/model';
import { isUpcomingStatus } from '../../../shared/domain/stage-templates';
import type { CalendarItem, RoleExportData } from '../../../shared/export/types';
import type { ShortlistDb } from './db';
import { currentApplications, getCurrentApplication } from './current-application';

/** Roles read per round of a folder export: big enough to be quick, small enough to report progress. */
const CHUNK = 100;

function exportTables(db: ShortlistDb) {
  return [db.roles, db.postings, db.requirements, db.applications, db.stages, db.notes];
}

/** One role's export data, or `undefined` when the role does not exist. */
export async function loadRoleExport(
  db: ShortlistDb,
  roleId: string,
): Promise<RoleExportData | undefined> {
  return db.transaction('r', exportTables(db), async () => {
    const role = await db.roles.get(roleId);
    if (!role) return undefined;
    const [posting, application, requirements, notes] = await Promise.all([
      db.postings.get(roleId),
      getCurrentApplication(db, roleId),
      db.requirements.where('roleId').equals(roleId).toArray(),
      db.notes.where('roleId').equals(roleId).toArray(),
    ]);
    const stages = application
      ? await db.stages
          .where('[applicationId+order]')
          .between([application.id, -Infinity], [application.id, Infinity])
          .toArray()
      : [];
    return {
      role,
      ...(posting ? { posting } : {}),
      ...(application ? { application } : {}),
      requirements,
      stages,
      notes,
    };
  });
}

function groupByRole<T extends { roleId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.roleId);
    if (group) group.push(record);
    else groups.set(record.roleId, [record]);
  }
  return groups;
}

/**
 * Every role's export data (archived ones included), read in chunks of roles inside one
 * transaction; `onProgress(done, total)` is called after each chunk.
 */
export async function loadAllRoleExports(
  db: ShortlistDb,
  onProgress?: (done: number, total: number) => void,
): Promise<RoleExportData[]> {
  return db.transaction('r', exportTables(db), async () => {
    const roles = await db.roles.toArray();
    const result: RoleExportData[] = [];
    onProgress?.(0, roles.length);
    for (let start = 0; start < roles.length; start += CHUNK) {
      const chunk = roles.slice(start, start + CHUNK);
      const ids = chunk.map((role) => role.id);
      const [postings, requirements, applications, stages, notes] = await Promise.all([
        db.postings.bulkGet(ids),
        db.requirements.where('roleId').anyOf(ids).toArray(),
        db.applications.where('roleId').anyOf(ids).toArray(),
        db.stages.where('roleId').anyOf(ids).toArray(),
        db.notes.where('roleId').anyOf(ids).toArray(),
      ]);
      const current = currentApplications(applications);
      const requirementsByRole = groupByRole(requirements);
      const notesByRole = groupByRole(notes);
      const stagesByApplication = new Map<string, InterviewStage[]>();
      for (const stage of stages) {
        const group = stagesByApplication.get(stage.applicationId) ?? [];
        group.push(stage);
        stagesByApplication.set(stage.applicationId, group);
      }
      chunk.forEach((role, index) => {
        const posting = postings[index];
        const application = current.get(role.id);
        result.push({
          role,
          ...(posting ? { posting } : {}),
          ...(application ? { application } : {}),
          requirements: requirementsByRole.get(role.id) ?? [],
          stages: (application ? (stagesByApplication.get(application.id) ?? []) : []).sort(
            (a, b) => a.order - b.order,
          ),
          notes: notesByRole.get(role.id) ?? [],
        });
      });
      onProgress?.(result.length, roles.length);
    }
    return result;
  });
}

/**
 * Stages for a calendar file. With `stageId`: exactly that stage (whatever its time or
 * status) when it and its role exist. Otherwise the upcoming ones: a time at or after
 * `now`, planned, scheduled or cancelled (so a calendar drops a cancelled round it had),
 * of `roleId` when given, soonest first.
 */
export async function loadCalendarItems(
  db: ShortlistDb,
  options: { now: number; roleId?: string; stageId?: string },
): Promise<CalendarItem[]> {
  return db.transaction('r', [db.roles, db.stages], async () => {
    let stages: InterviewStage[];
    if (options.stageId !== undefined) {
      const stage = await db.stages.get(options.stageId);
      stages = stage ? [stage] : [];
    } else {
      const { roleId } = options;
      stages = await db.stages
        .where('scheduledAt')
        .aboveOrEqual(options.now)
        .filter(
          (stage) =>
            // Cancelled ones too: importing the file again then removes an event the
            // calendar already has (STATUS:CANCELLED under the same UID).
            (isUpcomingStatus(stage.status) || stage.status === 'cancelled') &&
            (roleId === undefined || stage.roleId === roleId),
        )
        .toArray();
    }
    const roles = await db.roles.bulkGet([...new Set(stages.map((stage) => stage.roleId))]);
    const byId = new Map(roles.flatMap((role) => (role ? [[role.id, role] as const] : [])));
    const items: CalendarItem[] = [];
    for (const stage of stages) {
      const role = byId.get(stage.roleId);
      if (role) items.push({ role, stage });
    }
    return items.sort(
      (a, b) =>
        (a.stage.scheduledAt ?? 0) - (b.stage.scheduledAt ?? 0) ||
        (a.stage.id < b.stage.id ? -1 : 1),
    );
  });
}
