/**
 * The drafts that keep a note editor's text safe between keystrokes and commits. The
 * editor writes a draft on every change; a commit moves the draft into the note and
 * deletes it in one transaction, so the text is always in exactly one of them.
 */
import { draftSizeProblem } from '../../../shared/domain/field-limits';
import type { Note } from '../../../shared/domain/model';
import { splitTags } from '../../../shared/domain/note-search';
import { noteCreatedSummary } from '../../../shared/domain/stage-activity';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';
import { putDraftAtExit } from './exit-drafts';
import { blankNote, notePatchSchema, patched, type NotePatch } from './note-patch';
import { logActivity } from './activities-repo';
import {
  draftNoteId,
  findNoteDraft,
  isStale,
  noteConflict,
  type NoteConflict,
} from './note-revision';

// The draft's shape lives in a leaf module, so note-revision can read it without a cycle.
import { noteDraftValueSchema, type NoteDraftValue } from './note-draft-value';
export { EMPTY_NOTE_DRAFT, noteDraftValueSchema, type NoteDraftValue } from './note-draft-value';

/**
 * Draft key of an existing note's editor. Each editor (window) passes its own id, so two
 * windows editing one note never overwrite each other's draft; keys without one are
 * from before that and are still read.
 */
export function noteDraftKey(noteId: string, editorId?: string): string {
  return editorId ? `note:${noteId}@${editorId}` : `note:${noteId}`;
}

/** Draft key of a role's note that has not been saved as a note yet. */
export function newNoteDraftKey(roleId: string, editorId?: string): string {
  return editorId ? `new-note:${roleId}@${editorId}` : `new-note:${roleId}`;
}

/**
 * Saves the editor's current state under `key` (a put: the newest state wins). A value
 * over the drafts' size limit is refused (and nothing written), with a message to show.
 */
export async function saveNoteDraft(
  db: ShortlistDb,
  key: string,
  roleId: string,
  value: NoteDraftValue,
  now: number = Date.now(),
): Promise<Result<void>> {
  const tooLarge = draftSizeProblem(value);
  if (tooLarge) return fail(tooLarge);
  await db.drafts.put({ key, roleId, value, updatedAt: now });
  return ok(undefined);
}

/**
 * Saves a draft while the page is going away (pagehide), synchronously: Dexie would start
 * the write a moment too late (see exit-drafts.ts for how it is kept). Returns false when
 * the value is over the drafts' size limit or could not be kept at all.
 */
export function saveNoteDraftAtExit(
  db: ShortlistDb,
  key: string,
  roleId: string,
  value: NoteDraftValue,
  now: number = Date.now(),
): boolean {
  if (draftSizeProblem(value)) return false;
  return putDraftAtExit(db, { key, roleId, value, updatedAt: now });
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

/**
 * What a commit did: which note now holds the text, whether it was created, and the
 * note's `updatedAt` now (the base of the editor's next draft).
 */
export interface CommitOutcome {
  kind: 'committed';
  noteId: string;
  created: boolean;
  updatedAt: number;
}

function draftToPatch(value: NoteDraftValue): NotePatch {
  return {
    title: value.title.trim(),
    body: value.body,
    // Not cut to the limits: an overlong tag is refused by the schema, never shortened.
    tags: splitTags(value.tags),
    pinned: value.pinned ? 1 : 0,
    stageId: value.stageId || null,
  };
}

const COMMIT_TABLES = (db: ShortlistDb) => [
  db.drafts,
  db.notes,
  db.stages,
  db.roles,
  db.activities,
];

/** One draft's commit; the caller holds a transaction over {@link COMMIT_TABLES}. */
async function commitInTransaction(
  db: ShortlistDb,
  key: string,
  now: number,
): Promise<CommitOutcome | NoteConflict | null> {
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
  if (!isNew) note = await db.notes.get(draftNoteId(key));
  else if (await db.roles.get(draft.roleId)) note = blankNote(draft.roleId, now);
  // Its role or note was deleted elsewhere: leave the draft, so an Undo there brings the
  // text back too.
  if (!note) return null;
  const stage = patch.data.stageId ? await db.stages.get(patch.data.stageId) : undefined;
  let result = patched(note, patch.data, stage, now);
  // A stage deleted meanwhile: keep the text, drop the tie.
  if (!result.ok) result = patched(note, { ...patch.data, stageId: null }, undefined, now);
  if (!result.ok) return null;
  // Changed elsewhere since this text was loaded: keep both, let the applicant choose.
  const mine = parsed.data;
  if (!isNew && mine && result.changed && isStale(note, mine.base)) return noteConflict(note, mine);
  if (isNew || result.changed) await db.notes.put(result.note);
  if (isNew) {
    const { roleId, applicationId, title } = result.note;
    const summary = noteCreatedSummary(title);
    const owner = applicationId === undefined ? { roleId } : { roleId, applicationId };
    // Logged here, not through a helper: one more async layer lets the transaction end.
    await logActivity(db, { ...owner, type: 'note-created', summary }, now);
  }
  await db.drafts.delete(key);
  return { kind: 'committed', noteId: note.id, created: isNew, updatedAt: result.note.updatedAt };
}

/**
 * Moves the draft under `key` into its note — or, for a new-note key, into a new note —
 * and deletes the draft, in one transaction. Returns `null` when there was nothing to
 * commit (no draft, an empty new note, or a note deleted meanwhile), and a conflict
 * (writing nothing, keeping the draft) when the note changed since the draft's base.
 */
export async function commitNoteDraft(
  db: ShortlistDb,
  key: string,
  now: number = Date.now(),
): Promise<CommitOutcome | NoteConflict | null> {
  return db.transaction('rw', COMMIT_TABLES(db), () => commitInTransaction(db, key, now));
}

/**
 * Commits every draft of the role's existing notes (after a reload or crash, so the
 * list shows what was typed). New-note drafts stay: the editor reopens them. Drafts an
 * open editor owns (`isLive`, in any window) are that editor's to commit, and a draft
 * that conflicts stays for the note's editor to show.
 */
export async function commitRoleNoteDrafts(
  db: ShortlistDb,
  roleId: string,
  now: number = Date.now(),
  isLive: (key: string) => boolean = () => false,
): Promise<number> {
  // Runs each time the Notes tab opens: with no drafts it only reads (no write transaction).
  if ((await db.drafts.where('roleId').equals(roleId).count()) === 0) return 0;
  return db.transaction('rw', COMMIT_TABLES(db), async () => {
    const keys = (await db.drafts.where('roleId').equals(roleId).primaryKeys()).filter(
      (key) => key.startsWith('note:') && !isLive(key),
    );
    let committed = 0;
    for (const key of keys) {
      if ((await commitInTransaction(db, key, now))?.kind === 'committed') committed += 1;
    }
    return committed;
  });
}

/** Whether the role has a new note that was being written and never committed. */
export async function hasNewNoteDraft(
  db: ShortlistDb,
  roleId: string,
  isLive: (key: string) => boolean = () => false,
): Promise<boolean> {
  return (await findNoteDraft(db, roleId, null, isLive)) !== undefined;
}

/** The keys of the role's note drafts (of new notes too). */
export async function noteDraftKeys(db: ShortlistDb, roleId: string): Promise<string[]> {
  const keys = await db.drafts.where('roleId').equals(roleId).primaryKeys();
  return keys.filter((key) => key.startsWith('note:') || key.startsWith('new-note:'));
}
