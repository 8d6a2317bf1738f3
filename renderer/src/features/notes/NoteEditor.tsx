/**
 * Opens a note for editing: its saved draft if there is one (text typed before a reload
 * or crash), else the note itself. Reads go through the draft queue, so they wait for the
 * previous editor's last save and commit.
 */
import { useEffect, useState } from 'react';
import type { InterviewStage, Note } from '../../../../shared/domain/model';
import { assertNever } from '../../../../shared/assert-never';
import { formatTags } from '../../../../shared/domain/note-search';
import { useDb } from '../../db/db-context';
import {
  EMPTY_NOTE_DRAFT,
  loadNoteDraft,
  newNoteDraftKey,
  noteDraftKey,
  type CommitOutcome,
  type NoteDraftValue,
} from '../../db/note-drafts-repo';
import { getNote } from '../../db/notes-repo';
import { enqueueDraftWork, type NoteAutosave } from './note-autosave';
import { NoteForm } from './NoteForm';

export function noteToDraft(note: Note): NoteDraftValue {
  return {
    title: note.title,
    body: note.body,
    tags: formatTags(note.tags),
    pinned: note.pinned === 1,
    stageId: note.stageId ?? '',
  };
}

type Loaded =
  | { kind: 'ready'; value: NoteDraftValue; restored: boolean }
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
  const [draftKey] = useState(() => (noteId ? noteDraftKey(noteId) : newNoteDraftKey(roleId)));
  const [openedNoteId] = useState(noteId);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const draft = await loadNoteDraft(db, draftKey);
      if (draft) return { kind: 'ready', value: draft, restored: true };
      if (!openedNoteId) return { kind: 'ready', value: EMPTY_NOTE_DRAFT, restored: false };
      const note = await getNote(db, openedNoteId);
      return note
        ? { kind: 'ready', value: noteToDraft(note), restored: false }
        : { kind: 'missing' };
    };
    void enqueueDraftWork(load)
      .catch((error: unknown) => ({ kind: 'failed', error: String(error) }) satisfies Loaded)
      .then((result) => {
        if (live) setLoaded(result);
      });
    return () => {
      live = false;
    };
  }, [db, draftKey, openedNoteId]);

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
          draftKey={draftKey}
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
