/**
 * Opens a note for editing: its saved draft if there is one (text typed before a reload
 * or crash), else the note itself. Reads go through the draft queue, so they wait for the
 * previous editor's last save and commit.
 */
import { useEffect, useState } from 'react';
import type { InterviewStage } from '../../../../shared/domain/model';
import { assertNever } from '../../../../shared/assert-never';
import { useDb } from '../../db/db-context';
import { newId } from '../../db/db';
import { holdEditorLock, liveDraftTest } from '../../db/editor-presence';
import {
  EMPTY_NOTE_DRAFT,
  newNoteDraftKey,
  noteDraftKey,
  type CommitOutcome,
  type NoteDraftValue,
} from '../../db/note-drafts-repo';
import { draftEditorId, findNoteDraft, noteToDraft } from '../../db/note-revision';
import { getNote } from '../../db/notes-repo';
import { enqueueDraftWork, type NoteAutosave } from './note-autosave';
import { NoteForm } from './NoteForm';

type Loaded =
  | { kind: 'ready'; draftKey: string; value: NoteDraftValue; restored: boolean }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string };

interface NoteEditorProps {
  roleId: string;
  /** The note to open, or null for a new one. */
  noteId: string | null;
  stages: readonly InterviewStage[];
  onCommitted: (outcome: CommitOutcome) => void;
  onDelete: (saver: NoteAutosave) => void;
}

export function NoteEditor({ roleId, noteId, stages, onCommitted, onDelete }: NoteEditorProps) {
  const db = useDb();
  // Fixed for the editor's life: after a new note's first commit the autosave renames
  // its own key, and reloading here would throw away what is being typed.
  const [openedNoteId] = useState(noteId);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const draftKey = loaded?.kind === 'ready' ? loaded.draftKey : undefined;
  // While this editor is open its drafts are its own: no other window takes them over.
  useEffect(() => {
    const editorId = draftKey === undefined ? undefined : draftEditorId(draftKey);
    return editorId === undefined ? undefined : holdEditorLock(editorId);
  }, [draftKey]);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      // Text a closed or crashed window left (never another open editor's) is taken over.
      const left = await findNoteDraft(db, roleId, openedNoteId, await liveDraftTest());
      if (left) return { kind: 'ready', draftKey: left.key, value: left.value, restored: true };
      const editorId = newId();
      if (!openedNoteId) {
        const key = newNoteDraftKey(roleId, editorId);
        return { kind: 'ready', draftKey: key, value: EMPTY_NOTE_DRAFT, restored: false };
      }
      const note = await getNote(db, openedNoteId);
      if (!note) return { kind: 'missing' };
      const key = noteDraftKey(openedNoteId, editorId);
      return { kind: 'ready', draftKey: key, value: noteToDraft(note), restored: false };
    };
    void enqueueDraftWork(load)
      .catch((error: unknown) => ({ kind: 'failed', error: String(error) }) satisfies Loaded)
      .then((result) => {
        if (live) setLoaded(result);
      });
    return () => {
      live = false;
    };
  }, [db, roleId, openedNoteId]);

  if (loaded === null) return <div className="note-editor" aria-busy="true" />;
  switch (loaded.kind) {
    case 'missing':
      return (
        <div className="note-editor note-editor-message">
          <p>This note no longer exists. It may have been deleted in another window.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="note-editor note-editor-message" role="alert">
          <p>This note could not be opened: {loaded.error}</p>
        </div>
      );
    case 'ready':
      return (
        <NoteForm
          roleId={roleId}
          draftKey={loaded.draftKey}
          initial={loaded.value}
          restored={loaded.restored}
          isNew={openedNoteId === null}
          stages={stages}
          onCommitted={onCommitted}
          onDelete={onDelete}
        />
      );
    default:
      return assertNever(loaded, 'editor state');
  }
}
