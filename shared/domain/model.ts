/**
 * The records Shortlist keeps. Ids are UUID strings, times epoch milliseconds, and
 * flags that need an index are stored as 0/1 because IndexedDB cannot index booleans.
 */
import type { ParsedSection, RequirementKind } from '../parser/types';

export type { RequirementKind } from '../parser/types';

/** 0 or 1: an indexable boolean. */
export type Flag = 0 | 1;

/** Fields every record carries. */
export interface Timestamps {
  createdAt: number;
  updatedAt: number;
}

/** A job posting the applicant is considering. Heavy text lives in {@link Posting}. */
export interface Role extends Timestamps {
  id: string;
  title: string;
  company: string;
  team: string;
  location: string;
  sourceUrl: string;
  /** Set only for the bundled sample roles; unique. */
  seedKey?: string;
  archived: Flag;
  /** When it was archived (set with `archived: 1`, removed on unarchive). Since version 3. */
  archivedAt?: number;
  /** The posting's closing day, "YYYY-MM-DD", or "" / absent when not known. Since version 3. */
  closingDate?: string;
  /**
   * Tick counts per kind, recounted in the same transaction as every checklist change,
   * so list screens never read the requirements table.
   */
  progress: ChecklistProgress;
  /** When the role's newest activity happened; kept by the activity log. */
  lastActivityAt: number;
}

/** Ticked and total items of one kind. */
export interface KindProgress {
  done: number;
  total: number;
}

/** Checklist progress: how many items of each kind are ticked (see progress.ts). */
export interface ChecklistProgress {
  required: KindProgress;
  preferred: KindProgress;
}

/**
 * The posting's original text and its parse, kept apart from {@link Role} so list
 * screens never load kilobytes of text per row.
 */
export interface Posting {
  roleId: string;
  /** The text as pasted or shipped, verbatim, never modified. */
  text: string;
  sections: ParsedSection[];
}

export type RequirementOrigin = 'posting' | 'custom';

/** One checklist item of a role. */
export interface Requirement extends Timestamps {
  id: string;
  roleId: string;
  text: string;
  /** The posting's wording, kept when the applicant edits `text`. */
  originalText?: string;
  kind: RequirementKind;
  origin: RequirementOrigin;
  order: number;
  /** 1 means "I meet this and I am ready to show it". */
  checked: Flag;
  /** Markdown: the story or proof the applicant will use. */
  evidence: string;
  confidence?: 1 | 2 | 3;
  storyIds: string[];
}

/** A reusable piece of evidence that can back requirements across roles. */
export interface Story extends Timestamps {
  id: string;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  /** The day it happened, "YYYY-MM-DD", or "" when not given. */
  date: string;
}

export const APPLICATION_PIPELINE = [
  'interested',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
] as const;
export const APPLICATION_EXITS = ['rejected', 'withdrawn', 'ghosted'] as const;
export const APPLICATION_STATUSES = [...APPLICATION_PIPELINE, ...APPLICATION_EXITS] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const COMPENSATION_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type CompensationPeriod = (typeof COMPENSATION_PERIODS)[number];

/** A pay range as offered or asked: either end may be missing. */
export interface Compensation {
  min?: number;
  max?: number;
  /** ISO 4217 code, e.g. "GBP". */
  currency: string;
  period: CompensationPeriod;
}

/** The applicant's application to a role; a re-application is a second one. */
export interface Application extends Timestamps {
  id: string;
  roleId: string;
  status: ApplicationStatus;
  appliedAt?: number;
  channel: string;
  contact: string;
  nextAction: string;
  nextActionDue?: number;
  compensationNotes: string;
  /** The structured range (since version 3); `compensationNotes` keeps the free text. */
  compensation?: Compensation;
  priority?: 1 | 2 | 3 | 4 | 5;
}

export const STAGE_KINDS = [
  'written',
  'assessment',
  'recruiter call',
  'hiring manager',
  'technical',
  'peer/panel',
  'leadership',
  'offer call',
  'other',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_STATUSES = [
  'planned',
  'scheduled',
  'done',
  'passed',
  'failed',
  'cancelled',
] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** One interview round of an application. */
export interface InterviewStage extends Timestamps {
  id: string;
  applicationId: string;
  roleId: string;
  name: string;
  kind: StageKind;
  order: number;
  status: StageStatus;
  scheduledAt?: number;
  durationMinutes?: number;
  /** IANA zone the interview was arranged in, e.g. "Europe/London". */
  timezone?: string;
  interviewers: string;
  /** Contacts (of the same role) who interview in this stage. Since version 3. */
  interviewerContactIds?: string[];
  location: string;
  prepNotes: string;
  outcomeNotes: string;
  probeRequirementIds: string[];
  /** Changes to the event's time, place or title: the calendar's SEQUENCE (0 when absent). */
  calendarRevision?: number;
}

/** A Markdown note about a role, optionally tied to an application or stage. */
export interface Note extends Timestamps {
  id: string;
  roleId: string;
  applicationId?: string;
  stageId?: string;
  title: string;
  body: string;
  tags: string[];
  pinned: Flag;
}

export const ACTIVITY_TYPES = [
  'role-created',
  'status-changed',
  'stage-result',
  'requirement-ticked',
  'requirement-unticked',
  'exported',
  'imported',
  'restored',
  'next-action',
  'stage-added',
  'stage-scheduled',
  'stage-rescheduled',
  'note-created',
  'contact-added',
  'role-archived',
  'role-unarchived',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** An append-only log entry. */
export interface Activity {
  id: string;
  roleId: string;
  applicationId?: string;
  type: ActivityType;
  at: number;
  /** A human-readable line, e.g. "Status: applied → screening". */
  summary: string;
  /**
   * On 'status-changed': the status before (absent for a new application) and after,
   * so insights never parse the summary. Since version 3.
   */
  fromStatus?: ApplicationStatus;
  toStatus?: ApplicationStatus;
}

export const CONTACT_ROLES = [
  'recruiter',
  'hiring manager',
  'interviewer',
  'referrer',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** A person the applicant deals with about a role. Since version 3. */
export interface Contact extends Timestamps {
  id: string;
  roleId: string;
  name: string;
  role: ContactRole;
  email: string;
  phone: string;
  /** A profile link (LinkedIn and the like). */
  profileUrl: string;
  /** Markdown. */
  notes: string;
}

/**
 * Unsaved editor text (a note being written, evidence being typed), saved as the user
 * types so nothing is lost on reload or crash. `key` names what is being edited, e.g.
 * `note:<noteId>` or `new-note:<roleId>`.
 */
export interface Draft {
  key: string;
  roleId: string;
  /** The draft's fields, as the editor that owns the key defines them. */
  value: Record<string, unknown>;
  updatedAt: number;
}

/** One stage of a template: what a new stage created from it starts with. */
export interface StageTemplateStage {
  name: string;
  kind: StageKind;
  durationMinutes?: number;
}

/** A named, editable list of stages that seeds an application's interviews. */
export interface StageTemplate extends Timestamps {
  id: string;
  name: string;
  stages: StageTemplateStage[];
}

/** Key/value settings and bookkeeping (seed state, schema notes). */
export interface MetaEntry {
  key: string;
  value: unknown;
}
