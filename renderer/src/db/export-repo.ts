/**
 * Reads what the exports need: a role with its posting, checklist, current application,
 * that application's stages, all its notes and its contacts; every role for a folder export, a slice at
 * a time; and the stages to put in a calendar. Each read is one transaction, so every
 * file exported is a consistent snapshot even while another window edits.
 */
import type { InterviewStage, Role } from '../../../shared/domain/model';
import { isUpcomingStatus } from '../../../shared/domain/stage-templates';
import type { CalendarItem, RoleExportData } from '../../../shared/export/types';
import type { ShortlistDb } from './db';
import { currentApplications, getCurrentApplication } from './current-application';
import { pickStories, storiesOfItems } from './stories-repo';

/**
 * Roles read per slice of a folder export: big enough that reads stay few, small enough
 * that one slice's notes and files are a small part of the whole.
 */
const SLICE_ROLES = 100;

function exportTables(db: ShortlistDb) {
  return [
    db.roles,
    db.postings,
    db.requirements,
    db.applications,
    db.stages,
    db.notes,
    db.stories,
    db.contacts,
  ];
}

/** One role's export data, or `undefined` when the role does not exist. */
export async function loadRoleExport(
  db: ShortlistDb,
  roleId: string,
): Promise<RoleExportData | undefined> {
  return db.transaction('r', exportTables(db), async () => {
    const role = await db.roles.get(roleId);
    if (!role) return undefined;
    const [posting, application, requirements, notes, contacts] = await Promise.all([
      db.postings.get(roleId),
      getCurrentApplication(db, roleId),
      db.requirements.where('roleId').equals(roleId).toArray(),
      db.notes.where('roleId').equals(roleId).toArray(),
      db.contacts.where('roleId').equals(roleId).toArray(),
    ]);
    const stages = application
      ? await db.stages
          .where('[applicationId+order]')
          .between([application.id, -Infinity], [application.id, Infinity])
          .toArray()
      : [];
    const stories = await storiesOfItems(db, requirements);
    return {
      role,
      ...(posting ? { posting } : {}),
      ...(application ? { application } : {}),
      requirements,
      stages,
      notes,
      stories,
      contacts,
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

/** Every role (archived ones included), for naming the files of a folder export. */
export function loadExportRoles(db: ShortlistDb): Promise<Role[]> {
  return db.roles.toArray();
}

/**
 * The export data of the roles `roleIds` (archived ones included), a slice of `size`
 * roles at a time, so a folder export can write each slice's files before reading the
 * next and never holds every note at once. Roles are taken in id order so each slice
 * is one key range of every table: one `getAll` each, not a cursor over thousands of
 * keys. Each slice is one read transaction, so each role is a consistent snapshot; a
 * role deleted since `roleIds` was read is left out.
 */
export async function* loadRoleExportSlices(
  db: ShortlistDb,
  roleIds: readonly string[],
  size = SLICE_ROLES,
): AsyncGenerator<RoleExportData[], void, undefined> {
  const sorted = [...roleIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < sorted.length; start += size) {
    yield await loadSlice(db, sorted.slice(start, start + size));
  }
}

async function loadSlice(db: ShortlistDb, ids: readonly string[]): Promise<RoleExportData[]> {
  const first = ids[0] ?? '';
  const last = ids[ids.length - 1] ?? '';
  return db.transaction('r', exportTables(db), async () => {
    const [roles, postings, requirements, applications, stages, notes, contacts] =
      await Promise.all([
        db.roles.bulkGet([...ids]),
        db.postings.bulkGet([...ids]),
        db.requirements.where('roleId').between(first, last, true, true).toArray(),
        db.applications.where('roleId').between(first, last, true, true).toArray(),
        db.stages.where('roleId').between(first, last, true, true).toArray(),
        db.notes.where('roleId').between(first, last, true, true).toArray(),
        db.contacts.where('roleId').between(first, last, true, true).toArray(),
      ]);
    const current = currentApplications(applications);
    const requirementsByRole = groupByRole(requirements);
    const notesByRole = groupByRole(notes);
    const contactsByRole = groupByRole(contacts);
    const stories = await storiesOfItems(db, requirements);
    const stagesByApplication = new Map<string, InterviewStage[]>();
    for (const stage of stages) {
      const group = stagesByApplication.get(stage.applicationId) ?? [];
      group.push(stage);
      stagesByApplication.set(stage.applicationId, group);
    }
    const result: RoleExportData[] = [];
    roles.forEach((role, index) => {
      if (!role) return;
      const posting = postings[index];
      const application = current.get(role.id);
      result.push({
        role,
        ...(posting ? { posting } : {}),
        ...(application ? { application } : {}),
        requirements: requirementsByRole.get(role.id) ?? [],
        stories: pickStories(stories, requirementsByRole.get(role.id) ?? []),
        stages: (application ? (stagesByApplication.get(application.id) ?? []) : []).sort(
          (a, b) => a.order - b.order,
        ),
        notes: notesByRole.get(role.id) ?? [],
        contacts: contactsByRole.get(role.id) ?? [],
      });
    });
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
