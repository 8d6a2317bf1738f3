/**
 * What an edit may change on a note, and how a validated edit is applied. Pure (no
 * database calls), shared by the notes repository and the drafts that commit into notes.
 */
import { z } from 'zod';
import type { InterviewStage, Note } from '../../../shared/domain/model';
import { FIELD_LIMITS } from '../../../shared/domain/field-limits';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/domain/note-search';
import { newId } from './db';

const MAX_TITLE = FIELD_LIMITS.noteTitle.max;
const MAX_BODY = FIELD_LIMITS.noteBody.max;

const fieldSchemas = {
  title: z.string().max(MAX_TITLE, `A title can be at most ${MAX_TITLE} characters.`),
  body: z.string().max(MAX_BODY, 'The note is too long to save.'),
  tags: z.array(z.string().trim().min(1).max(MAX_TAG_LENGTH)).max(MAX_TAGS),
  pinned: z.union([z.literal(0), z.literal(1)]),
  /** `null` unties the note from its stage. */
  stageId: z.string().min(1).nullable(),
};

/** The fields an edit may change; anything else (roleId, id, times) is refused. */
export const notePatchSchema = z.strictObject(fieldSchemas).partial();
export type NotePatch = z.infer<typeof notePatchSchema>;

export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The note could not be saved.';
}

type Patched = { ok: true; note: Note; changed: boolean } | { ok: false; error: string };

/**
 * The note with a validated patch applied, not yet written. `stage` is what the patch's
 * `stageId` names, looked up by the caller in its transaction (kept out of here so no
 * nested async function sits between Dexie calls). A stage must belong to the note's
 * role; tying to it also ties the note to the stage's application.
 */
export function patched(
  note: Note,
  patch: NotePatch,
  stage: InterviewStage | undefined,
  now: number,
): Patched {
  const { stageId, ...fields } = patch;
  const next: Note = { ...note, ...fields };
  if (stageId === null) {
    delete next.stageId;
  } else if (stageId !== undefined) {
    if (stage?.id !== stageId || stage.roleId !== note.roleId) {
      return { ok: false, error: 'That interview stage no longer exists.' };
    }
    next.stageId = stage.id;
    next.applicationId = stage.applicationId;
  }
  const changed =
    next.title !== note.title ||
    next.body !== note.body ||
    next.pinned !== note.pinned ||
    next.stageId !== note.stageId ||
    next.tags.join('\u0000') !== note.tags.join('\u0000');
  // Unchanged keeps updatedAt, so merely opening a note never reorders the list.
  if (changed) next.updatedAt = now;
  return { ok: true, note: changed ? next : note, changed };
}

export function blankNote(roleId: string, now: number): Note {
  return {
    id: newId(),
    roleId,
    title: '',
    body: '',
    tags: [],
    pinned: 0,
    createdAt: now,
    updatedAt: now,
  };
}
