/**
 * A role's notes, and the drafts that keep an editor's text safe between keystrokes and
 * commits. The editor writes a draft on every change; a commit moves the draft into the
 * note and deletes it in one transaction, so the text is always in exactly one of them.
 */
import { z } from 'zod';
import type { Draft, InterviewStage, Note } from '../../../shared/domain/model';
import { MAX_TAG_LENGTH, MAX_TAGS, parseTags, sortNotes } from '../../../shared/domain/note-search';
import { newId, type ShortlistDb } from './db';

export type NoteResult = { ok: true; note: Note } | { ok: false; error: string };

const MAX_TITLE = 300;
/** About a book's worth of Markdown: far beyond any note, short of a pasted dump. */
const MAX_BODY = 1_000_000;

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

/** Draft value of the note editor: what the user sees, tags still as typed. */
export const noteDraftValueSchema = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.string(),
  pinned: z.boolean(),
  /** "" when the note is not tied to a stage. */
  stageId: z.string(),
});
export type NoteDraftValue = z.infer<typeof noteDraftValueSchema>;

export const EMPTY_NOTE_DRAFT: NoteDraftValue = {
  title: '',
  body: '',
  tags: '',
  pinned: false,
  stageId: '',
};

/** Draft key of an existing note's editor. */
export function noteDraftKey(noteId: string): string {
  return `note:${noteId}`;
}

/** Draft key of a role's note that has not been saved as a note yet. */
export function newNoteDraftKey(roleId: string): string {
  return `new-note:${roleId}`;
}

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The note could not be saved.';
}

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

type Patched = { ok: true; note: Note; changed: boolean } | { ok: false; error: string };

/**
 * The note with a validated patch applied, not yet written. `stage` is what the patch's
 * `stageId` names, looked up by the caller in its transaction (kept out of here so no
 * nested async function sits between Dexie calls). A stage must belong to the note's
 * role; tying to it also ties the note to the stage's application.
 */
function patched(
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

function blankNote(roleId: string, now: number): Note {
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

/** Creates a note for a role; `fields` is validated like an edit. */
export async function createNote(
  db: ShortlistDb,
  roleId: string,
  fields: unknown = {},
  now: number = Date.now(),
): Promise<NoteResult> {
  const parsed = notePatchSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  return db.transaction('rw', [db.roles, db.notes, db.stages], async () => {
    if (!(await db.roles.get(roleId))) return { ok: false, error: 'This role no longer exists.' };
    const stage = parsed.data.stageId ? await db.stages.get(parsed.data.stageId) : undefined;
    const result = patched(blankNote(roleId, now), parsed.data, stage, now);
    if (!result.ok) return result;
    await db.notes.add(result.note);
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
    await db.drafts.delete(noteDraftKey(noteId));
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

/** Saves the editor's current state under `key` (a put: the newest state wins). */
export async function saveNoteDraft(
  db: ShortlistDb,
  key: string,
  roleId: string,
  value: NoteDraftValue,
  now: number = Date.now(),
): Promise<void> {
  await db.drafts.put({ key, roleId, value, updatedAt: now });
}

/**
 * Saves a draft while the page is going away (pagehide). Dexie would start the write a
 * moment too late: the document is gone before its transaction commits. This issues the
 * put and an explicit commit synchronously on the underlying IndexedDB, which the browser
 * finishes even as the page unloads. One record, so no multi-table transaction is needed.
 * Returns false when the database is not open.
 */
export function saveNoteDraftAtExit(
  db: ShortlistDb,
  key: string,
  roleId: string,
  value: NoteDraftValue,
  now: number = Date.now(),
): boolean {
  if (!db.isOpen()) return false;
  const draft: Draft = { key, roleId, value, updatedAt: now };
  const transaction = db.backendDB().transaction('drafts', 'readwrite');
  transaction.objectStore('drafts').put(draft);
  transaction.commit();
  return true;
}

/** The draft saved under `key`, or `undefined` when there is none or it is unreadable. */
export async function loadNoteDraft(
  db: ShortlistDb,
  key: string,
): Promise<NoteDraftValue | undefined> {
  const draft = await db.drafts.get(key);
  if (!draft) return undefined;
  const parsed = noteDraftValueSchema.safeParse(draft.value);
  return parsed.success ? parsed.data : undefined;
}

export async function discardNoteDraft(db: ShortlistDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** What a commit did: which note now holds the text, and whether it was created. */
export interface CommitOutcome {
  noteId: string;
  created: boolean;
}

function draftToPatch(value: NoteDraftValue): NotePatch {
  return {
    title: value.title.trim(),
    body: value.body,
    tags: parseTags(value.tags),
    pinned: value.pinned ? 1 : 0,
    stageId: value.stageId || null,
  };
}

const COMMIT_TABLES = (db: ShortlistDb) => [db.drafts, db.notes, db.stages, db.roles];

/** One draft's commit; the caller holds a transaction over {@link COMMIT_TABLES}. */
async function commitInTransaction(
  db: ShortlistDb,
  key: string,
  now: number,
): Promise<CommitOutcome | null> {
  const draft = await db.drafts.get(key);
  if (!draft) return null;
  const parsed = noteDraftValueSchema.safeParse(draft.value);
  const patch = parsed.success ? notePatchSchema.safeParse(draftToPatch(parsed.data)) : undefined;
  if (!patch?.success) {
    // Unreadable or unsaveable (e.g. far too long): keep it rather than lose the text.
    return null;
  }
  const isNew = key.startsWith('new-note:');
  const { title = '', body = '', tags = [] } = patch.data;
  // An editor opened and left empty is not a note.
  if (isNew && !title && !body.trim() && tags.length === 0) {
    await db.drafts.delete(key);
    return null;
  }
  let note: Note | undefined;
  if (!isNew) note = await db.notes.get(key.slice('note:'.length));
  else if (await db.roles.get(draft.roleId)) note = blankNote(draft.roleId, now);
  // Its role or note was deleted elsewhere: leave the draft, so an Undo there brings the
  // text back too.
  if (!note) return null;
  const stage = patch.data.stageId ? await db.stages.get(patch.data.stageId) : undefined;
  let result = patched(note, patch.data, stage, now);
  // A stage deleted meanwhile: keep the text, drop the tie.
  if (!result.ok) result = patched(note, { ...patch.data, stageId: null }, undefined, now);
  if (!result.ok) return null;
  if (isNew || result.changed) await db.notes.put(result.note);
  await db.drafts.delete(key);
  return { noteId: note.id, created: isNew };
}

/**
 * Moves the draft under `key` into its note — or, for a new-note key, into a new note —
 * and deletes the draft, in one transaction. Returns `null` when there was nothing to
 * commit (no draft, an empty new note, or a note deleted meanwhile).
 */
export async function commitNoteDraft(
  db: ShortlistDb,
  key: string,
  now: number = Date.now(),
): Promise<CommitOutcome | null> {
  return db.transaction('rw', COMMIT_TABLES(db), () => commitInTransaction(db, key, now));
}

/**
 * Commits every draft of the role's existing notes (after a reload or crash, so the
 * list shows what was typed). New-note drafts stay: the editor reopens them.
 */
export async function commitRoleNoteDrafts(
  db: ShortlistDb,
  roleId: string,
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', COMMIT_TABLES(db), async () => {
    const keys = (await db.drafts.where('roleId').equals(roleId).primaryKeys()).filter((key) =>
      key.startsWith('note:'),
    );
    let committed = 0;
    for (const key of keys) {
      if (await commitInTransaction(db, key, now)) committed += 1;
    }
    return committed;
  });
}

/** Whether the role has a new note that was being written and never committed. */
export async function hasNewNoteDraft(db: ShortlistDb, roleId: string): Promise<boolean> {
  return (await db.drafts.get(newNoteDraftKey(roleId))) !== undefined;
}
