/**
 * The links between a backup's records, checked after every row has passed on its own:
 * a record may only point at records the file holds, of the same role. A hand-edited or
 * hostile file could otherwise restore orphans (a checklist item of no role, a stage of
 * another role's application) or a role whose progress disagrees with its checklist,
 * and screens would show impossible data. The app's own data always passes, so the
 * checks follow what the repositories guarantee and no more (see `noteStageProblem`).
 *
 * Linear in the number of rows: every lookup is a Map or a Set.
 */
import type {
  Contact,
  Activity,
  Application,
  InterviewStage,
  Note,
  Posting,
  Requirement,
  Role,
  Story,
} from '../../../../shared/domain/model';
import { checklistProgress, type ChecklistProgress } from '../../../../shared/domain/progress';
import type { BackupRows } from './backup-format';

/** How a problem reads: what kind of record (one, many) and what is wrong with it. */
interface Wording {
  one: string;
  many: string;
}

const LABEL_CHARS = 40;

/** A record's text as a short quote: one line, at most LABEL_CHARS characters. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line.slice(0, LABEL_CHARS * 2));
  const cut = chars.slice(0, LABEL_CHARS).join('').trimEnd();
  const short = chars.length > LABEL_CHARS ? `${cut}…` : line;
  return `“${short}”`;
}

/** A quote of `text`, or of the record's id when it has no text. */
function named(text: string, id: string): string {
  return text.trim() ? quote(text) : `the one with id ${quote(id)}`;
}

/**
 * One check over `rows`: undefined when none is bad, else the sentence naming how many
 * are and the first of them.
 */
function check<T>(
  rows: readonly T[],
  isBad: (row: T) => boolean,
  wording: Wording,
  label: (row: T) => string,
): string | undefined {
  let count = 0;
  let first: T | undefined;
  for (const row of rows) {
    if (!isBad(row)) continue;
    count += 1;
    first ??= row;
  }
  if (first === undefined) return undefined;
  const what = count === 1 ? wording.one : wording.many;
  return `This backup is damaged: ${String(count)} ${what} (first: ${label(first)}).`;
}

/** "1 checklist item belongs …" / "3 checklist items belong …". */
function wording(one: string, many: string, predicate: [string, string]): Wording {
  return { one: `${one} ${predicate[0]}`, many: `${many} ${predicate[1]}` };
}

const NO_ROLE: [string, string] = [
  'belongs to a role that is not in the file',
  'belong to a role that is not in the file',
];

function sameProgress(a: ChecklistProgress, b: ChecklistProgress): boolean {
  return (
    a.required.done === b.required.done &&
    a.required.total === b.required.total &&
    a.preferred.done === b.preferred.done &&
    a.preferred.total === b.preferred.total
  );
}

/** Each role's requirements, grouped in one pass. */
function requirementsByRole(requirements: readonly Requirement[]): Map<string, Requirement[]> {
  const byRole = new Map<string, Requirement[]>();
  for (const item of requirements) {
    const list = byRole.get(item.roleId);
    if (list) list.push(item);
    else byRole.set(item.roleId, [item]);
  }
  return byRole;
}

/**
 * The first broken link among rows that each passed their schema, as a sentence for the
 * user (how many records have that problem, and the first one), or undefined if every
 * link holds.
 */
export function findBrokenLink(backup: BackupRows): string | undefined {
  // Validated against the model's schemas already, so these casts only name the types.
  const roles = backup.roles as Role[];
  const postings = backup.postings as Posting[];
  const requirements = backup.requirements as Requirement[];
  const applications = backup.applications as Application[];
  const stages = backup.stages as InterviewStage[];
  const notes = backup.notes as Note[];
  const activities = backup.activities as Activity[];
  const stories = backup.stories as Story[];
  const contacts = backup.contacts as Contact[];
  const roleOfContact = new Map(contacts.map((contact) => [contact.id, contact.roleId]));

  const roleIds = new Set(roles.map((role) => role.id));
  const postingRoleIds = new Set(postings.map((posting) => posting.roleId));
  const storyIds = new Set(stories.map((story) => story.id));
  const roleOfApplication = new Map(applications.map((a) => [a.id, a.roleId]));
  const roleOfStage = new Map(stages.map((stage) => [stage.id, stage.roleId]));
  const roleOfRequirement = new Map(requirements.map((item) => [item.id, item.roleId]));
  const checklists = requirementsByRole(requirements);
  const orphan = (row: { roleId: string }) => !roleIds.has(row.roleId);
  /** An application id set on a record that is missing, or of another role. */
  const foreignApplication = (row: { roleId: string; applicationId?: string | undefined }) =>
    row.applicationId !== undefined && roleOfApplication.get(row.applicationId) !== row.roleId;

  const checks: (() => string | undefined)[] = [
    () =>
      check(postings, orphan, wording('posting', 'postings', NO_ROLE), (posting) =>
        named(posting.text, posting.roleId),
      ),
    () =>
      check(
        roles,
        (role) => !postingRoleIds.has(role.id),
        wording('role', 'roles', ['has no posting', 'have no posting']),
        (role) => named(role.title, role.id),
      ),
    () =>
      check(requirements, orphan, wording('checklist item', 'checklist items', NO_ROLE), (item) =>
        named(item.text, item.id),
      ),
    () =>
      check(
        applications,
        orphan,
        wording('application', 'applications', NO_ROLE),
        (application) => `the one with id ${quote(application.id)}`,
      ),
    () =>
      check(stages, orphan, wording('interview stage', 'interview stages', NO_ROLE), (stage) =>
        named(stage.name, stage.id),
      ),
    () =>
      check(notes, orphan, wording('note', 'notes', NO_ROLE), (note) =>
        named(note.title || note.body, note.id),
      ),
    () =>
      check(contacts, orphan, wording('contact', 'contacts', NO_ROLE), (contact) =>
        named(contact.name, contact.id),
      ),
    () =>
      check(
        stages,
        (stage) =>
          (stage.interviewerContactIds ?? []).some((id) => roleOfContact.get(id) !== stage.roleId),
        wording('interview stage', 'interview stages', [
          'names an interviewer who is not one of its role’s contacts',
          'name interviewers who are not their role’s contacts',
        ]),
        (stage) => named(stage.name, stage.id),
      ),
    () =>
      check(activities, orphan, wording('activity entry', 'activity entries', NO_ROLE), (entry) =>
        named(entry.summary, entry.id),
      ),
    () =>
      check(
        stages,
        (stage) => !roleOfApplication.has(stage.applicationId),
        wording('interview stage', 'interview stages', [
          'belongs to an application that is not in the file',
          'belong to an application that is not in the file',
        ]),
        (stage) => named(stage.name, stage.id),
      ),
    () =>
      check(
        stages,
        (stage) => roleOfApplication.get(stage.applicationId) !== stage.roleId,
        wording('interview stage', 'interview stages', [
          'belongs to an application of another role',
          'belong to an application of another role',
        ]),
        (stage) => named(stage.name, stage.id),
      ),
    () =>
      check(
        notes,
        foreignApplication,
        wording('note', 'notes', [
          'names an application that is not in the file or is another role’s',
          'name an application that is not in the file or is another role’s',
        ]),
        (note) => named(note.title || note.body, note.id),
      ),
    () =>
      check(
        notes,
        (note) => noteStageProblem(note, roleOfStage),
        wording('note', 'notes', [
          'is tied to an interview stage of another role',
          'are tied to an interview stage of another role',
        ]),
        (note) => named(note.title || note.body, note.id),
      ),
    () =>
      check(
        activities,
        foreignApplication,
        wording('activity entry', 'activity entries', [
          'names an application that is not in the file or is another role’s',
          'name an application that is not in the file or is another role’s',
        ]),
        (entry) => named(entry.summary, entry.id),
      ),
    () =>
      check(
        requirements,
        (item) => item.storyIds.some((id) => !storyIds.has(id)),
        wording('checklist item', 'checklist items', [
          'links to a story that is not in the file',
          'link to a story that is not in the file',
        ]),
        (item) => named(item.text, item.id),
      ),
    // Not refused, because the app itself can leave them behind (an autosave landing just
    // after its item or role was deleted), and they are harmless: an unsaved draft whose
    // role is gone, and a probe of an item that is gone (screens skip unknown ids).
    // Refusing them would make a person's genuine backups unrestorable.
    () =>
      check(
        stages,
        (stage) =>
          stage.probeRequirementIds.some((id) => {
            const owner = roleOfRequirement.get(id);
            return owner !== undefined && owner !== stage.roleId;
          }),
        wording('interview stage', 'interview stages', [
          'probes a checklist item of another role',
          'probe a checklist item of another role',
        ]),
        (stage) => named(stage.name, stage.id),
      ),
    () =>
      check(
        roles,
        (role) => !sameProgress(role.progress, checklistProgress(checklists.get(role.id) ?? [])),
        wording('role', 'roles', [
          'has a progress count that does not match its checklist',
          'have a progress count that does not match their checklist',
        ]),
        (role) => named(role.title, role.id),
      ),
  ];
  for (const run of checks) {
    const problem = run();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * Whether a note's stage is another role's. A stage id that names no stage at all is
 * NOT a problem: deleting a stage leaves its notes' `stageId` as it was (so Undo can
 * put the stage back tied to them), so the app's own data has such notes, and the notes
 * screens show them without a stage.
 */
function noteStageProblem(note: Note, roleOfStage: ReadonlyMap<string, string>): boolean {
  if (note.stageId === undefined) return false;
  const stageRole = roleOfStage.get(note.stageId);
  return stageRole !== undefined && stageRole !== note.roleId;
}
