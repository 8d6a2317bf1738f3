/**
 * The Notes tab of a role: the notes list with search on one side, the open note's editor
 * on the other. The editor lives in a "session": it keeps one session while a new note
 * turns into a saved one, so the caret never jumps mid-sentence.
 */
import { useEffect, useState } from 'react';
import { displayTitle, filterNotes } from '../../../../shared/domain/note-search';
import { useDb } from '../../db/db-context';
import { isOwnEditor, liveDraftTest, whenEditorClosed } from '../../db/editor-presence';
import {
  commitRoleNoteDrafts,
  hasNewNoteDraft,
  noteDraftKeys,
  type CommitOutcome,
} from '../../db/note-drafts-repo';
import { draftEditorId } from '../../db/note-revision';
import { deleteNote, restoreNote } from '../../db/notes-repo';
import { useStorageFull } from '../../db/use-storage-status';
import { useAppCommand } from '../../services/commands';
import { useRoleTargetHandler } from '../../services/role-target';
import { useNotify } from '../../components/notices';
import { NotesExportButton } from '../export/NotesExportButton';
import { enqueueDraftWork, type NoteAutosave } from './note-autosave';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import { useNoteStages, useNotes } from './use-notes';

interface Session {
  id: number;
  /** null while a new note has not been committed yet. */
  noteId: string | null;
}

let sessionCount = 0;
function newSession(noteId: string | null): Session {
  sessionCount += 1;
  return { id: sessionCount, noteId };
}

export function NotesPanel({ roleId }: { roleId: string }) {
  const db = useDb();
  const notify = useNotify();
  const notes = useNotes(roleId);
  const stages = useNoteStages(roleId);
  const [session, setSession] = useState<Session | null>(null);
  const [query, setQuery] = useState('');
  const full = useStorageFull();

  // Drafts left by a reload or crash: commit those of saved notes so the list shows
  // them, and reopen a new note that was being written.
  useEffect(() => {
    let live = true;
    const stop = new AbortController();
    // Editors of another window whose drafts wait for that window to go.
    const awaited = new Set<string>();
    const recover = (): void =>
      void enqueueDraftWork(async () => {
        // An editor open in another window keeps its draft: committing it here would
        // make that editor's next save look like a conflict with its own text.
        const isLive = await liveDraftTest();
        // Read-only (storage full): the drafts wait, and are committed once there is space.
        if (!full) await commitRoleNoteDrafts(db, roleId, Date.now(), isLive);
        const hasNew = await hasNewNoteDraft(db, roleId, isLive);
        const keys = await noteDraftKeys(db, roleId);
        // The drafts still held by an editor: each one's id (keys of live editors have one).
        const held = new Set(keys.filter(isLive).map((key) => draftEditorId(key) ?? key));
        return { hasNew, held };
      })
        .then(({ hasNew, held }) => {
          if (live && hasNew) setSession((current) => current ?? newSession(null));
          // Right after a reload the page that left a draft may still hold its editor's
          // lock; look again the moment it lets go (or that other window closes).
          for (const editorId of held) {
            if (isOwnEditor(editorId) || awaited.has(editorId)) continue;
            awaited.add(editorId);
            whenEditorClosed(editorId, stop.signal).then(
              () => {
                awaited.delete(editorId);
                if (live) recover();
              },
              () => undefined,
            );
          }
        })
        .catch((error: unknown) => {
          notify(`Unsaved note text could not be recovered: ${String(error)}`, 'error');
        });
    recover();
    return () => {
      live = false;
      stop.abort();
    };
  }, [db, roleId, notify, full]);

  // Opened from a search result: show that note (whatever the list's search says).
  useRoleTargetHandler(roleId, 'note', ({ noteId }) => {
    if (!noteId) return;
    setQuery('');
    setSession((current) => (current?.noteId === noteId ? current : newSession(noteId)));
  });

  function startNewNote() {
    setQuery('');
    setSession(newSession(null));
  }
  useAppCommand('new-note', startNewNote);

  function openNote(noteId: string) {
    if (session?.noteId !== noteId) setSession(newSession(noteId));
  }

  function committed(sessionId: number, outcome: CommitOutcome) {
    if (!outcome.created) return;
    setSession((current) =>
      current?.id === sessionId ? { ...current, noteId: outcome.noteId } : current,
    );
  }

  async function deleteOpenNote(sessionId: number, saver: NoteAutosave) {
    // Save what was typed first, so Undo brings back the note as the user last saw it.
    await saver.commit();
    saver.close();
    const noteId = saver.noteId;
    setSession((current) => (current?.id === sessionId ? null : current));
    // A new note that never got any text was never a note: closing it is all there is.
    if (!noteId) return;
    const deleted = await deleteNote(db, noteId);
    if (!deleted) return;
    notify(`Deleted “${displayTitle(deleted)}”.`, 'info', {
      label: 'Undo',
      run: async () => {
        if (await restoreNote(db, deleted)) setSession(newSession(deleted.id));
        else notify('The note could not be restored: its role has been deleted.', 'error');
      },
    });
  }

  if (notes === undefined) return <div className="screen-loading" aria-busy="true" />;

  if (notes.length === 0 && !session) {
    return (
      <div className="empty-state notes-empty">
        <h2>No notes yet</h2>
        <p>
          Keep interview prep, questions to ask and first impressions here. Notes are Markdown and
          save as you type.
        </p>
        <button type="button" className="button button-primary" onClick={startNewNote}>
          New note
        </button>
      </div>
    );
  }

  const shown = filterNotes(notes, query);
  const stageNames = new Map((stages ?? []).map((stage) => [stage.id, stage.name]));
  const count = notes.length === 1 ? '1 note' : `${notes.length} notes`;

  return (
    <div className="notes">
      <div className="notes-side">
        <div className="notes-toolbar">
          <input
            type="search"
            className="search-input notes-search"
            aria-label="Search notes"
            placeholder="Search notes"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
          <button type="button" className="button button-primary" onClick={startNewNote}>
            New note
          </button>
        </div>
        <div className="notes-meta">
          <p className="notes-count" aria-live="polite">
            {query.trim() ? `${shown.length} of ${count}` : count}
          </p>
          {notes.length > 0 && <NotesExportButton roleId={roleId} />}
        </div>
        {query.trim() && shown.length === 0 ? (
          <div className="notes-no-match">
            <p>No notes match “{query.trim()}”.</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setQuery('');
              }}
            >
              Clear search
            </button>
          </div>
        ) : (
          <NotesList
            notes={shown}
            selectedId={session?.noteId ?? null}
            showNewDraft={session !== null && session.noteId === null}
            stageNames={stageNames}
            onSelect={openNote}
          />
        )}
      </div>
      <div className="notes-main">
        {session ? (
          <NoteEditor
            key={session.id}
            roleId={roleId}
            noteId={session.noteId}
            stages={stages ?? []}
            onCommitted={(outcome) => {
              committed(session.id, outcome);
            }}
            onDelete={(saver) => {
              deleteOpenNote(session.id, saver).catch((error: unknown) => {
                notify(`The note could not be deleted: ${String(error)}`, 'error');
              });
            }}
          />
        ) : (
          <div className="notes-pick">
            <p>Choose a note to read or edit it, or start a new one.</p>
          </div>
        )}
      </div>
    </div>
  );
}
