/**
 * A role's notes. Their drafts (autosave and crash recovery) live in note-drafts-repo.ts;
 * deleting a note deletes its draft in the same transaction.
 */
import type { InterviewStage, Note } from '../../../shared/domain/model';
import { sortNotes } from '../../../shared/domain/note-search';
import { noteCreatedSummary } from '../../../shared/domain/stage-activity';
import type { ShortlistDb } from './db';
import { logActivity } from './activities-repo';
import { isDraftOfNote } from './note-revision';
import { blankNote, firstIssue, notePatchSchema, patched } from './note-patch';

export type NoteResult = { ok: true; note: Note } | { ok: false; error: string };

/** The role's notes: pinned first, then the most recently edited. */
export async function listNotes(db: ShortlistDb, roleId: string): Promise<Note[]> {
  return sortNotes(await db.notes.where('roleId').equals(roleId).toArray());
}

export async function getNote(db: ShortlistDb, noteId: string): Promise<Note | undefined> {
  return db.notes.get(noteId);
}

/** The stages of the role's current (newest) application, in their order. */
export async function listCurrentStages(
  db: ShortlistDb,
  roleId: string,
): Promise<InterviewStage[]> {
  return db.transaction('r', [db.applications, db.stages], async () => {
    const application = await db.applications
      .where('[roleId+createdAt]')
      .between([roleId, -Infinity], [roleId, Infinity])
      .last();
    if (!application) return [];
    return db.stages
      .where('[applicationId+order]')
      .between([application.id, -Infinity], [application.id, Infinity])
      .toArray();
  });
}

/** Creates a note for a role; `fields` is validated like an edit. */
export async function createNote(
  db: ShortlistDb,
  roleId: string,
  fields: unknown = {},
  now: number = Date.now(),
): Promise<NoteResult> {
  const parsed = notePatchSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  return db.transaction('rw', [db.roles, db.notes, db.stages, db.activities], async () => {
    if (!(await db.roles.get(roleId))) return { ok: false, error: 'This role no longer exists.' };
    const stage = parsed.data.stageId ? await db.stages.get(parsed.data.stageId) : undefined;
    const result = patched(blankNote(roleId, now), parsed.data, stage, now);
    if (!result.ok) return result;
    await db.notes.add(result.note);
    const { applicationId } = result.note;
    await logActivity(
      db,
      {
        roleId,
        ...(applicationId === undefined ? {} : { applicationId }),
        type: 'note-created',
        summary: noteCreatedSummary(result.note.title),
      },
      now,
    );
    return { ok: true, note: result.note };
  });
}

/** Edits a note. `patch` comes from the UI and is validated; unknown fields are refused. */
export async function updateNote(
  db: ShortlistDb,
  noteId: string,
  patch: unknown,
  now: number = Date.now(),
): Promise<NoteResult> {
  const parsed = notePatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  return db.transaction('rw', [db.notes, db.stages], async () => {
    const note = await db.notes.get(noteId);
    if (!note) return { ok: false, error: 'This note no longer exists.' };
    const stage = parsed.data.stageId ? await db.stages.get(parsed.data.stageId) : undefined;
    const result = patched(note, parsed.data, stage, now);
    if (!result.ok) return result;
    if (result.changed) await db.notes.put(result.note);
    return { ok: true, note: result.note };
  });
}

/**
 * Deletes a note and any draft of it, together. Returns the note as it was, for
 * {@link restoreNote} (Undo), or `undefined` when it was already gone.
 */
export async function deleteNote(db: ShortlistDb, noteId: string): Promise<Note | undefined> {
  return db.transaction('rw', [db.notes, db.drafts], async () => {
    const note = await db.notes.get(noteId);
    if (!note) return undefined;
    await db.notes.delete(noteId);
    // Every window's draft of it: each editor writes under its own key.
    const keys = await db.drafts.where('roleId').equals(note.roleId).primaryKeys();
    await db.drafts.bulkDelete(keys.filter((key) => isDraftOfNote(key, noteId)));
    return note;
  });
}

/**
 * Puts a deleted note back exactly as it was (same id and times). Returns false when its
 * role has been deleted meanwhile: a note without its role would be unreachable.
 */
export async function restoreNote(db: ShortlistDb, note: Note): Promise<boolean> {
  return db.transaction('rw', [db.roles, db.notes], async () => {
    if (!(await db.roles.get(note.roleId))) return false;
    await db.notes.put(note);
    return true;
  });
}
