/** Hooks of the Notes tab: live queries over the role's notes and the editor's autosave. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewStage, Note } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import type { CommitOutcome, NoteDraftValue } from '../../db/note-drafts-repo';
import { listCurrentStages, listNotes } from '../../db/notes-repo';
import { useNotify } from '../../components/notices';
import { NoteAutosave, openingStatus, type AutosaveStatus } from './note-autosave';

/** The role's notes, pinned first then newest; `undefined` while loading. */
export function useNotes(roleId: string): Note[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNotes(db, roleId), [db, roleId]);
}

/** The stages of the role's current application, for tying a note to one. */
export function useNoteStages(roleId: string): InterviewStage[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCurrentStages(db, roleId), [db, roleId]);
}

/** How the editor opened: its text, whether it is a new note, whether a draft restored it. */
export interface NoteOpening {
  value: NoteDraftValue;
  isNew: boolean;
  restored: boolean;
}

/**
 * One editor's autosave, alive as long as the editor is mounted. Unsaved text is written
 * when the window is hidden or closed, and committed when the editor goes away (another
 * note, another tab, another screen).
 */
export function useNoteAutosave(
  roleId: string,
  draftKey: string,
  opening: NoteOpening,
  onCommitted: (outcome: CommitOutcome) => void,
): { saver: NoteAutosave; status: AutosaveStatus } {
  const db = useDb();
  const notify = useNotify();
  const [status, setStatus] = useState<AutosaveStatus>(() =>
    openingStatus(opening.value, opening.isNew, opening.restored),
  );
  const [saver] = useState(() => new NoteAutosave(db, roleId, draftKey, opening.value));
  useEffect(() => {
    saver.listen({
      onStatus: setStatus,
      onCommitted,
      onError: (error) => {
        const reason = error instanceof Error ? error.message : String(error);
        notify(`Your note was not saved: ${reason}`, 'error');
      },
    });
  }, [saver, onCommitted, notify]);

  useEffect(() => {
    const flushAtExit = () => {
      saver.flushAtExit();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('pagehide', flushAtExit);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushAtExit);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.commit();
    };
  }, [saver]);

  return { saver, status };
}
