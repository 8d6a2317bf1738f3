/**
 * How long each free-text field may be: one table that the validation schemas and the
 * editors' character counts both read, so what the user is told matches what a save
 * accepts. Lengths are UTF-16 code units, which is what zod's `.max` and `String.length`
 * count.
 */

/** A field's length rule. `trimmed`: the value is trimmed before it is checked and stored. */
export interface FieldLimit {
  readonly max: number;
  readonly trimmed: boolean;
}

const limit = (max: number, trimmed = false): FieldLimit => ({ max, trimmed });

/** Every free-text field with a length rule. */
export const FIELD_LIMITS = {
  noteTitle: limit(300, true),
  /** About a book's worth of Markdown: far beyond any note, short of a pasted dump. */
  noteBody: limit(1_000_000),
  /** Longest single tag; more is a paste accident. */
  noteTag: limit(60, true),
  /** A requirement is a sentence or two, not an essay. */
  requirementText: limit(1000, true),
  /** Generous for a few STAR stories, small enough to stay fast. */
  evidence: limit(50_000),
  storyTitle: limit(300, true),
  /** Like a note: one story may be long, with its variants and follow-ups. */
  storyBody: limit(1_000_000),
  stageName: limit(200, true),
  templateName: limit(120, true),
  stageInterviewers: limit(2000),
  stageLocation: limit(2000),
  stageNotes: limit(100_000),
  applicationShortText: limit(200, true),
  compensationNotes: limit(2000, true),
  contactName: limit(200, true),
  /** RFC 5321's longest address path. */
  contactEmail: limit(254, true),
  contactPhone: limit(60, true),
  /** As long as a link the app will open (MAX_EXTERNAL_URL_LENGTH). */
  contactProfileUrl: limit(2048, true),
  contactNotes: limit(20_000),
} as const satisfies Record<string, FieldLimit>;

/** The most tags one note keeps. */
export const MAX_NOTE_TAGS = 30;

/**
 * Longest draft record value, as JSON. Twice the longest field, so text typed past a
 * field's limit is still kept as a draft while the user shortens it.
 */
export const DRAFT_MAX_CHARS = 2 * FIELD_LIMITS.noteBody.max;

/** Longest app setting, as JSON: settings are small choices, never content. */
export const SETTING_MAX_CHARS = 20_000;

/** The length a rule measures: after trimming when the field is trimmed. */
export function measuredLength(rule: FieldLimit, text: string): number {
  return rule.trimmed ? text.trim().length : text.length;
}

/** Whether the text fits the rule. */
export function fitsLimit(rule: FieldLimit, text: string): boolean {
  return measuredLength(rule, text) <= rule.max;
}

/** "1,000" for any count, so long limits read at a glance. */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

/** "312 / 300 characters". */
export function countLabel(length: number, max: number): string {
  return `${formatCount(length)} / ${formatCount(max)} characters`;
}

/** What a field over its limit says where the user types: "Title: 312 / 300 characters — shorten it to save". */
export function overLimitMessage(label: string, length: number, max: number): string {
  return `${label}: ${countLabel(length, max)} — shorten it to save`;
}

/** What a refused save says: "title is too long (312/300)". */
export function tooLongReason(what: string, length: number, max: number): string {
  return `${what} is too long (${formatCount(length)}/${formatCount(max)})`;
}

/** Why the text cannot be saved under the rule ("evidence is too long (50,001/50,000)"), or undefined. */
export function lengthProblem(what: string, rule: FieldLimit, text: string): string | undefined {
  const length = measuredLength(rule, text);
  return length > rule.max ? tooLongReason(what, length, rule.max) : undefined;
}

/**
 * The size of a value as stored JSON, or Infinity when it cannot be written as JSON (a
 * cycle, a BigInt): such a value is refused like an oversize one.
 */
export function jsonSize(value: unknown): number {
  try {
    // `undefined` (and a function) has no JSON form: nothing is stored.
    const text = JSON.stringify(value) as string | undefined;
    return text?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Why a draft cannot be kept, or undefined when it fits {@link DRAFT_MAX_CHARS}. */
export function draftSizeProblem(value: unknown): string | undefined {
  const size = jsonSize(value);
  if (size <= DRAFT_MAX_CHARS) return undefined;
  return `This text is too long to keep as a draft (${Number.isFinite(size) ? formatCount(size) : 'unknown'} characters; at most ${formatCount(DRAFT_MAX_CHARS)}). Copy your text and shorten it.`;
}

/** Why a setting cannot be stored, or undefined when it fits {@link SETTING_MAX_CHARS}. */
export function settingSizeProblem(key: string, value: unknown): string | undefined {
  const size = jsonSize(value);
  if (size <= SETTING_MAX_CHARS) return undefined;
  return `The setting “${key}” is too large to save (at most ${formatCount(SETTING_MAX_CHARS)} characters).`;
}
