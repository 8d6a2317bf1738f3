/**
 * Rules about applications that need no database: what an edit may contain, and the
 * wording of the lines the activity log and the role screen show.
 */
import { z } from 'zod';
import { assertNever } from '../assert-never';
import { compensationSchema } from './compensation-schema';
import { formatDay } from './dates';
import { FIELD_LIMITS } from './field-limits';
import {
  APPLICATION_EXITS,
  type ActivityType,
  type Application,
  type ApplicationStatus,
} from './model';

/** Suggestions for the channel field; the user may type any other. */
export const APPLICATION_CHANNELS = [
  'Job board',
  'Referral',
  'Recruiter',
  'Company site',
  'Other',
] as const;

/** 1 January 1900 and 1 January 2200, UTC: the dates a user could plausibly mean. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const epochMs = z.number().int().min(EARLIEST).max(LATEST);
const shortText = z
  .string()
  .trim()
  .max(
    FIELD_LIMITS.applicationShortText.max,
    `At most ${FIELD_LIMITS.applicationShortText.max} characters.`,
  );

/**
 * What `updateApplication` accepts: any subset of the editable fields. `null` clears an
 * optional field. Unknown keys are rejected, so the status (which must be logged) and
 * the ids can never be changed through an edit.
 */
export const applicationPatchSchema = z.strictObject({
  appliedAt: epochMs.nullable().optional(),
  channel: shortText.optional(),
  contact: shortText.optional(),
  nextAction: shortText.optional(),
  nextActionDue: epochMs.nullable().optional(),
  priority: z.int().min(1).max(5).nullable().optional(),
  compensationNotes: z
    .string()
    .trim()
    .max(
      FIELD_LIMITS.compensationNotes.max,
      `At most ${FIELD_LIMITS.compensationNotes.max.toLocaleString('en')} characters.`,
    )
    .optional(),
  /** The pay range; `null` removes it (the notes stay). */
  compensation: compensationSchema.nullable().optional(),
});

/** A validated edit of an application's details. */
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

/** The fields a patch may touch. */
export type ApplicationPatchField = keyof ApplicationPatch;

const EXITS: ReadonlySet<ApplicationStatus> = new Set(APPLICATION_EXITS);

/** True for the statuses that end an application: rejected, withdrawn, ghosted. */
export function isClosedStatus(status: ApplicationStatus): boolean {
  return EXITS.has(status);
}

/** The activity line for a status change: "Status: applied → screening". */
export function statusChangeSummary(from: ApplicationStatus, to: ApplicationStatus): string {
  return `Status: ${from} → ${to}`;
}

/**
 * The activity line for a new application on a role: "Re-applied (applied); earlier
 * application: rejected", or "Started an application (interested)" when it is the first.
 */
export function newApplicationSummary(
  status: ApplicationStatus,
  previous: Pick<Application, 'status'> | undefined,
): string {
  if (!previous) return `Started an application (${status})`;
  return `Re-applied (${status}); earlier application: ${previous.status}`;
}

/** "Earlier application: rejected, applied 3 Mar 2026" (without a date when none is known). */
export function earlierApplicationLine(
  application: Pick<Application, 'status' | 'appliedAt'>,
): string {
  const applied = formatDay(application.appliedAt);
  return applied
    ? `Earlier application: ${application.status}, applied ${applied}`
    : `Earlier application: ${application.status}`;
}

/** How the activity timeline shows an entry's type: a short label and a glyph. */
export interface ActivityTypeDisplay {
  label: string;
  icon: string;
}

/** The label and glyph of an activity type ("Status", "→"). */
export function activityTypeDisplay(type: ActivityType): ActivityTypeDisplay {
  switch (type) {
    case 'role-created':
      return { label: 'Added', icon: '+' };
    case 'status-changed':
      return { label: 'Status', icon: '→' };
    case 'stage-result':
      return { label: 'Interview', icon: '◆' };
    case 'requirement-ticked':
      return { label: 'Ticked', icon: '✓' };
    case 'requirement-unticked':
      return { label: 'Unticked', icon: '○' };
    case 'exported':
      return { label: 'Exported', icon: '⇩' };
    case 'imported':
      return { label: 'Imported', icon: '⇧' };
    case 'restored':
      return { label: 'Restored', icon: '↺' };
    case 'next-action':
      return { label: 'Follow-up', icon: '☑' };
    case 'stage-added':
      return { label: 'Stage added', icon: '⊕' };
    case 'stage-scheduled':
      return { label: 'Scheduled', icon: '◷' };
    case 'stage-rescheduled':
      return { label: 'Rescheduled', icon: '↻' };
    case 'note-created':
      return { label: 'Note', icon: '✎' };
    case 'contact-added':
      return { label: 'Contact', icon: '@' };
    case 'role-archived':
      return { label: 'Archived', icon: '▣' };
    case 'role-unarchived':
      return { label: 'Unarchived', icon: '▢' };
    default:
      return assertNever(type, 'activity type');
  }
}

/** A new application with every detail empty: what a new role and a re-application start from. */
export function blankApplication(
  id: string,
  roleId: string,
  status: ApplicationStatus,
  createdAt: number,
): Application {
  return {
    id,
    roleId,
    status,
    channel: '',
    contact: '',
    nextAction: '',
    compensationNotes: '',
    createdAt,
    updatedAt: createdAt,
  };
}
