/**
 * What the export generators read and produce. Generators are pure: callers load the
 * records (see the renderer's export repository) and write the files.
 */
import type {
  Application,
  Contact,
  InterviewStage,
  Note,
  Posting,
  Requirement,
  Role,
  Story,
} from '../domain/model';

/** Everything one role's Markdown export needs, loaded in one read. */
export interface RoleExportData {
  role: Role;
  posting?: Posting;
  /** The role's current (newest) application. */
  application?: Application;
  requirements: Requirement[];
  /** The current application's stages. */
  stages: InterviewStage[];
  /** Every note of the role. */
  notes: Note[];
  /** The stories the role's checklist items link to (none when absent). */
  stories?: Story[];
  /** The role's contacts (none when absent). */
  contacts?: Contact[];
}

/** Settings that make an export deterministic: the time it is stamped with and the zone. */
export interface ExportOptions {
  /** Epoch milliseconds written as the `exported` front matter field. */
  exportedAt: number;
  /** IANA zone dates are shown in, e.g. "Europe/London". */
  timeZone: string;
}

/** One file of a multi-file export: a name (no folders) and its text. */
export interface ExportFile {
  name: string;
  content: string;
}

/** A stage to put in a calendar, with the role it belongs to. */
export interface CalendarItem {
  role: Role;
  stage: InterviewStage;
}
