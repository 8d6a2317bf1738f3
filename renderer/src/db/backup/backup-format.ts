/**
 * What a Shortlist backup file is: a dexie-export-import file (format "dexie", version 1)
 * with a `shortlist` header, and one zod schema per table that mirrors
 * `shared/domain/model.ts`. Restore trusts nothing in a file until it has passed these.
 *
 * Sizes are bounded well above what the app itself ever writes, so a real backup always
 * passes, while a hostile one cannot smuggle in megabytes where a title belongs.
 */
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  APPLICATION_STATUSES,
  COMPENSATION_PERIODS,
  CONTACT_ROLES,
  STAGE_KINDS,
  STAGE_STATUSES,
  type Activity,
  type Application,
  type Contact,
  type Draft,
  type InterviewStage,
  type MetaEntry,
  type Note,
  type Posting,
  type Requirement,
  type Role,
  type StageTemplate,
  type Story,
} from '../../../../shared/domain/model';
import {
  MAX_SHORT_TEXT,
  count,
  duration,
  flag,
  id,
  jsonValue,
  list,
  longText,
  sectionKind,
  shortText,
  storyDate,
  tags,
  time,
  timeZone,
} from './backup-fields';

export { MAX_LONG_TEXT, MAX_SHORT_TEXT } from './backup-fields';
export {
  BACKUP_TABLES,
  PRIMARY_KEYS,
  TABLE_LABELS,
  isBackupTable,
  type BackupTable,
} from './backup-tables';
import type { BackupTable } from './backup-tables';

/** Files over this are refused before they are read as JSON. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** The header Shortlist adds to the dexie-export-import file. */
export const backupHeaderSchema = z.strictObject({
  appVersion: z.string().max(100),
  schemaVersion: z.int().min(1).max(1_000_000),
  createdAt: z.number(),
  /** SHA-256 of the file with this field blank (see backup-checksum.ts); older files lack it. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/u)
    .optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A pay figure: whole or fractional, never negative, never absurd. */
const amount = z.number().min(0).max(1e12);
const kindProgress = z.strictObject({ done: count, total: count });
const timestamps = { createdAt: time, updatedAt: time };

const roleSchema = z.strictObject({
  id,
  title: shortText,
  company: shortText,
  team: shortText,
  location: shortText,
  sourceUrl: shortText,
  seedKey: shortText.optional(),
  archived: flag,
  archivedAt: time.optional(),
  closingDate: storyDate.optional(),
  progress: z.strictObject({ required: kindProgress, preferred: kindProgress }),
  lastActivityAt: time,
  ...timestamps,
}) satisfies z.ZodType<Role>;

const postingSchema = z.strictObject({
  roleId: id,
  text: longText,
  sections: list(
    z.strictObject({
      heading: shortText,
      kind: sectionKind,
      paragraphs: list(longText),
      items: list(longText),
    }),
  ),
}) satisfies z.ZodType<Posting>;

const requirementSchema = z.strictObject({
  id,
  roleId: id,
  // Parsed from postings, where one odd "item" can be a whole paragraph.
  text: longText,
  originalText: longText.optional(),
  kind: z.enum(['required', 'preferred']),
  origin: z.enum(['posting', 'custom']),
  order: z.number(),
  checked: flag,
  evidence: longText,
  confidence: z.literal([1, 2, 3]).optional(),
  storyIds: list(id),
  ...timestamps,
}) satisfies z.ZodType<Requirement>;

const storySchema = z.strictObject({
  id,
  title: shortText,
  body: longText,
  tags,
  date: storyDate,
  ...timestamps,
}) satisfies z.ZodType<Story>;

const applicationSchema = z.strictObject({
  id,
  roleId: id,
  status: z.enum(APPLICATION_STATUSES),
  appliedAt: time.optional(),
  channel: shortText,
  contact: shortText,
  nextAction: shortText,
  nextActionDue: time.optional(),
  compensationNotes: longText,
  compensation: z
    .strictObject({
      min: amount.optional(),
      max: amount.optional(),
      currency: z.string().regex(/^[A-Z]{3}$/u, 'is not a currency code'),
      period: z.enum(COMPENSATION_PERIODS),
    })
    .optional(),
  priority: z.literal([1, 2, 3, 4, 5]).optional(),
  ...timestamps,
}) satisfies z.ZodType<Application>;

const stageSchema = z.strictObject({
  id,
  applicationId: id,
  roleId: id,
  name: shortText,
  kind: z.enum(STAGE_KINDS),
  order: z.number(),
  status: z.enum(STAGE_STATUSES),
  scheduledAt: time.optional(),
  durationMinutes: duration,
  timezone: timeZone.optional(),
  interviewers: shortText,
  interviewerContactIds: list(id).optional(),
  location: shortText,
  prepNotes: longText,
  outcomeNotes: longText,
  probeRequirementIds: list(id),
  calendarRevision: count.optional(),
  ...timestamps,
}) satisfies z.ZodType<InterviewStage>;

const noteSchema = z.strictObject({
  id,
  roleId: id,
  applicationId: id.optional(),
  stageId: id.optional(),
  title: shortText,
  body: longText,
  tags,
  pinned: flag,
  ...timestamps,
}) satisfies z.ZodType<Note>;

const activitySchema = z.strictObject({
  id,
  roleId: id,
  applicationId: id.optional(),
  type: z.enum(ACTIVITY_TYPES),
  at: time,
  // Quotes checklist text, which may be long.
  summary: longText,
  fromStatus: z.enum(APPLICATION_STATUSES).optional(),
  toStatus: z.enum(APPLICATION_STATUSES).optional(),
}) satisfies z.ZodType<Activity>;

const contactSchema = z.strictObject({
  id,
  roleId: id,
  name: shortText,
  role: z.enum(CONTACT_ROLES),
  email: shortText,
  phone: shortText,
  profileUrl: shortText,
  notes: longText,
  ...timestamps,
}) satisfies z.ZodType<Contact>;

const draftSchema = z.strictObject({
  key: z.string().min(1).max(MAX_SHORT_TEXT),
  roleId: z.string().max(200),
  value: z.record(z.string(), jsonValue.or(z.undefined())),
  updatedAt: time,
}) satisfies z.ZodType<Draft>;

const stageTemplateSchema = z.strictObject({
  id,
  name: shortText,
  stages: list(
    z.strictObject({
      name: shortText,
      kind: z.enum(STAGE_KINDS),
      durationMinutes: duration,
    }),
  ),
  ...timestamps,
}) satisfies z.ZodType<StageTemplate>;

const metaSchema = z.strictObject({
  key: z.string().min(1).max(MAX_SHORT_TEXT),
  value: jsonValue.or(z.undefined()),
}) satisfies z.ZodType<MetaEntry>;

/** Whether a schema names exactly a model's fields, no more and no fewer. */
type KeysMatch<Model, Schema extends z.ZodType> = [
  Exclude<keyof Model, keyof z.output<Schema>>,
  Exclude<keyof z.output<Schema>, keyof Model>,
] extends [never, never]
  ? true
  : false;
type Assert<T extends true> = T;

/**
 * Fails to compile when a model in shared/domain/model.ts gains or loses a field that
 * its row schema does not, so backups keep up with the model.
 */
export type RowSchemasMatchModel = [
  Assert<KeysMatch<Role, typeof roleSchema>>,
  Assert<KeysMatch<Posting, typeof postingSchema>>,
  Assert<KeysMatch<Requirement, typeof requirementSchema>>,
  Assert<KeysMatch<Story, typeof storySchema>>,
  Assert<KeysMatch<Application, typeof applicationSchema>>,
  Assert<KeysMatch<InterviewStage, typeof stageSchema>>,
  Assert<KeysMatch<Note, typeof noteSchema>>,
  Assert<KeysMatch<Activity, typeof activitySchema>>,
  Assert<KeysMatch<Contact, typeof contactSchema>>,
  Assert<KeysMatch<Draft, typeof draftSchema>>,
  Assert<KeysMatch<StageTemplate, typeof stageTemplateSchema>>,
  Assert<KeysMatch<MetaEntry, typeof metaSchema>>,
];

/** The schema each row of a table must pass. */
export const ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  roles: roleSchema,
  postings: postingSchema,
  requirements: requirementSchema,
  applications: applicationSchema,
  stages: stageSchema,
  notes: noteSchema,
  stories: storySchema,
  contacts: contactSchema,
  activities: activitySchema,
  stageTemplates: stageTemplateSchema,
  drafts: draftSchema,
  meta: metaSchema,
};

/** Rows of every table, as restore writes them. */
export type BackupRows = Record<BackupTable, unknown[]>;
