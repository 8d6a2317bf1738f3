/**
 * Revision checks for notes edited in more than one window. A draft records the note's
 * `updatedAt` its text was based on; a commit that finds the note changed since then
 * returns a conflict instead of writing, so neither window's text is dropped.
 */
import type { Note } from '../../../shared/domain/model';
import { formatTags } from '../../../shared/domain/note-search';
import type { ShortlistDb } from './db';
import { noteDraftValueSchema, type NoteDraftValue } from './note-draft-value';

/** The stored note (theirs) and the draft that could not be committed over it (mine). */
export interface NoteConflict {
  kind: 'conflict';
  theirs: Note;
  mine: NoteDraftValue;
}

export function noteConflict(theirs: Note, mine: NoteDraftValue): NoteConflict {
  return { kind: 'conflict', theirs, mine };
}

/** The editor's value for a stored note, based on its current revision. */
export function noteToDraft(note: Note): NoteDraftValue {
  return {
    title: note.title,
    body: note.body,
    tags: formatTags(note.tags),
    pinned: note.pinned === 1,
    stageId: note.stageId ?? '',
    // The revision this text is based on: a save over a newer one is a conflict.
    base: note.updatedAt,
  };
}

/** Whether the note changed since `base`. A draft without a base is from before the check. */
export function isStale(note: Note, base: number | undefined): boolean {
  return base !== undefined && note.updatedAt !== base;
}

/** The note (or role, for a new note) a draft key names, without its editor suffix. */
export function draftNoteId(key: string): string {
  const rest = key.slice(key.indexOf(':') + 1);
  const at = rest.indexOf('@');
  return at === -1 ? rest : rest.slice(0, at);
}

/** The editor that wrote a draft key, or undefined for a key from before editor ids. */
export function draftEditorId(key: string): string | undefined {
  const at = key.indexOf('@');
  return at === -1 ? undefined : key.slice(at + 1);
}

/** Whether a draft key is some editor's draft of the note. */
export function isDraftOfNote(key: string, noteId: string): boolean {
  return key.startsWith('note:') && draftNoteId(key) === noteId;
}

export interface FoundDraft {
  key: string;
  value: NoteDraftValue;
}

/**
 * A draft of the note (or, with `noteId` null, of a new note of the role) that no open
 * editor owns: text left by a closed or crashed window, for the next editor to take over.
 */
export async function findNoteDraft(
  db: ShortlistDb,
  roleId: string,
  noteId: string | null,
  isLive: (key: string) => boolean,
): Promise<FoundDraft | undefined> {
  const prefix = noteId === null ? 'new-note:' : 'note:';
  const target = noteId ?? roleId;
  const drafts = await db.drafts.where('roleId').equals(roleId).toArray();
  for (const draft of drafts) {
    const { key } = draft;
    if (!key.startsWith(prefix) || draftNoteId(key) !== target || isLive(key)) continue;
    const parsed = noteDraftValueSchema.safeParse(draft.value);
    if (parsed.success) return { key, value: parsed.data };
  }
  return undefined;
}
