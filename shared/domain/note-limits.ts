/**
 * Whether a note editor's text can be saved as a note, and if not, why, in words the
 * editor shows ("title is too long (312/300)"). Pure, so the editor's status and the
 * commit read the same limits (shared/domain/field-limits.ts).
 */
import { FIELD_LIMITS, MAX_NOTE_TAGS, formatCount, tooLongReason } from './field-limits';
import { splitTags } from './note-search';

/** The typed fields a note's limits apply to; tags still as one comma-separated string. */
export interface NoteText {
  title: string;
  body: string;
  tags: string;
}

/** A tag shortened for a message: its first 20 characters and an ellipsis. */
function shortTag(tag: string): string {
  return tag.length > 20 ? `${tag.slice(0, 20)}…` : tag;
}

/** Why this text cannot be saved as a note, or undefined when it can. */
export function noteTextProblem(text: NoteText): string | undefined {
  const { noteTitle, noteBody, noteTag } = FIELD_LIMITS;
  const title = text.title.trim().length;
  if (title > noteTitle.max) return tooLongReason('title', title, noteTitle.max);
  if (text.body.length > noteBody.max) return tooLongReason('text', text.body.length, noteBody.max);
  const tags = splitTags(text.tags);
  const long = tags.find((tag) => tag.length > noteTag.max);
  if (long !== undefined) {
    return tooLongReason(`tag “${shortTag(long)}”`, long.length, noteTag.max);
  }
  if (tags.length > MAX_NOTE_TAGS) {
    return `too many tags (${formatCount(tags.length)}/${formatCount(MAX_NOTE_TAGS)})`;
  }
  return undefined;
}

/** Whether the text holds nothing a note would keep (a new note left empty is not saved). */
export function isBlankNoteText(text: NoteText): boolean {
  return !text.title.trim() && !text.body.trim() && splitTags(text.tags).length === 0;
}
