/**
 * Keeps an idle note editor current: when another window saves the note and this editor
 * has nothing unsaved, it shows the new version and builds on it, so the next keystroke
 * here is not a conflict. With unsaved text it leaves the editor alone: that text's
 * commit finds the change and shows both versions.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import type { NoteDraftValue } from '../../db/note-drafts-repo';
import { noteToDraft } from '../../db/note-revision';
import { getNote } from '../../db/notes-repo';
import type { AutosaveStatus, NoteAutosave } from './note-autosave';

export function useFollowNote(
  saver: NoteAutosave,
  status: AutosaveStatus,
  onNewer: (value: NoteDraftValue) => void,
): void {
  const db = useDb();
  // A new note has no id until its first commit; read each render so it is picked up.
  const noteId = saver.noteId;
  const note = useLiveQuery(async () => (noteId ? getNote(db, noteId) : undefined), [db, noteId]);
  useEffect(() => {
    if (!note || status.kind !== 'saved' || saver.revision.conflict) return;
    if (saver.revision.buildsOn(note.updatedAt)) return;
    saver.revision.resolved(note.updatedAt);
    onNewer(noteToDraft(note));
  }, [note, status.kind, saver, onNewer]);
}
