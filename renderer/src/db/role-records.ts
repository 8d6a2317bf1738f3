/**
 * Turns a posting plus its metadata into the records of a new role: the role, its
 * posting text and parse, its checklist, a first application and the activity that
 * says it was created. Building is pure; inserting happens inside a caller's transaction.
 */
import { parsePosting, type ParsedPosting } from '../../../shared/parser';
import type {
  Activity,
  Application,
  Posting,
  Requirement,
  Role,
} from '../../../shared/domain/model';
import { checklistProgress } from '../../../shared/domain/progress';
import { newRequirement } from '../../../shared/domain/checklist-rules';
import { blankApplication } from '../../../shared/domain/application-rules';
import { newId, type ShortlistDb } from './db';

/** What a new role starts from: its metadata (may be blank) and the posting text. */
export type NewRoleInput = Pick<Role, 'title' | 'company' | 'team' | 'location' | 'sourceUrl'> & {
  seedKey?: string;
  text: string;
};

export interface RoleRecords {
  role: Role;
  posting: Posting;
  requirements: Requirement[];
  application: Application;
  activity: Activity;
}

/** Parses the posting and builds every record of a new role (no database access). */
export function buildRoleRecords(input: NewRoleInput, now: number): RoleRecords {
  return assembleRoleRecords(input, parsePosting(input.text), now);
}

/** The parts of a parse a new role is built from. */
export type RoleParse = Pick<
  ParsedPosting,
  'title' | 'company' | 'location' | 'sourceUrl' | 'sections' | 'requirements'
>;

/**
 * Builds every record of a new role from a parse already made (or reviewed and
 * corrected by the user): `input` fields win over the parse's, and the checklist is
 * `parsed.requirements` in order.
 */
export function assembleRoleRecords(
  input: NewRoleInput,
  parsed: RoleParse,
  now: number,
): RoleRecords {
  const roleId = newId();
  const requirements: Requirement[] = parsed.requirements.map((item, order) =>
    newRequirement(
      { id: newId(), roleId, text: item.text, kind: item.kind, origin: 'posting', order },
      now,
    ),
  );
  const role: Role = {
    id: roleId,
    title: input.title || parsed.title || 'Untitled role',
    company: input.company || parsed.company,
    team: input.team,
    location: input.location || parsed.location,
    sourceUrl: input.sourceUrl || parsed.sourceUrl,
    archived: 0,
    progress: checklistProgress(requirements),
    lastActivityAt: now,
    createdAt: now,
    updatedAt: now,
    ...(input.seedKey ? { seedKey: input.seedKey } : {}),
  };
  const application = blankApplication(newId(), roleId, 'interested', now);
  const activity: Activity = {
    id: newId(),
    roleId,
    applicationId: application.id,
    type: 'role-created',
    at: now,
    summary: `Added ${role.title}`,
  };
  return {
    role,
    posting: { roleId, text: input.text, sections: parsed.sections },
    requirements,
    application,
    activity,
  };
}

/** Writes a new role's records; call inside a transaction covering these tables. */
export async function insertRoleRecords(db: ShortlistDb, records: RoleRecords): Promise<void> {
  await db.roles.add(records.role);
  await db.postings.add(records.posting);
  await db.requirements.bulkAdd(records.requirements);
  await db.applications.add(records.application);
  await db.activities.add(records.activity);
}
