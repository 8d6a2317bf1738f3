/** Hooks of the Notes tab: live queries over the role's notes and the editor's autosave. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewStage, Note } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import type { CommitOutcome } from '../../db/note-drafts-repo';
import { listCurrentStages, listNotes } from '../../db/notes-repo';
import { useNotify } from '../../app/notices';
import { NoteAutosave, type AutosaveStatus } from './note-autosave';

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

/**
 * One editor's autosave, alive as long as the editor is mounted. Unsaved text is written
 * when the window is hidden or closed, and committed when the editor goes away (another
 * note, another tab, another screen).
 */
export function useNoteAutosave(
  roleId: string,
  draftKey: string,
  onCommitted: (outcome: CommitOutcome) => void,
): { saver: NoteAutosave; status: AutosaveStatus } {
  const db = useDb();
  const notify = useNotify();
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const [saver] = useState(() => new NoteAutosave(db, roleId, draftKey));
  useEffect(() => {
    saver.listen({
      onStatus: setStatus,
      onCommitted,
      onError: (error) => {
        notify(`Your note could not be saved: ${String(error)}`, 'error');
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
