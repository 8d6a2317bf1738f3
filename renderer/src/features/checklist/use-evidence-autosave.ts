/**
 * Autosave for an item's evidence. Every keystroke is kept as a draft at once (so a
 * crash loses nothing), and the evidence itself is saved after a short pause, on blur,
 * when the page hides and when the editor closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { saveEvidenceDraft, setEvidence } from '../../db/evidence-repo';
import { useNotify } from '../../app/notices';

/** Short enough that a pause in typing saves; long enough not to save every keystroke. */
export const EVIDENCE_SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

export interface EvidenceAutosave {
  text: string;
  state: SaveState;
  change: (text: string) => void;
  flush: () => void;
}

export function useEvidenceAutosave(item: Requirement): EvidenceAutosave {
  const db = useDb();
  const notify = useNotify();
  const { id, roleId, evidence } = item;
  const [text, setText] = useState(evidence);
  // The stored value this editor last saw; a change to it came from elsewhere.
  const [baseline, setBaseline] = useState(evidence);
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(evidence);
  const sent = useRef(evidence);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  if (evidence !== baseline) {
    setBaseline(evidence);
    // Another window (or this editor's own save) changed it: show that, unless the
    // user has typed something not yet saved here, which wins when it saves.
    if (state === 'idle' || state === 'saved') setText(evidence);
  }

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = latest.current;
    if (value === sent.current) return;
    sent.current = value;
    setEvidence(db, id, value).then(
      (result) => {
        if (!result.ok) {
          setState('failed');
          notify(`Evidence not saved (your text is kept as a draft): ${result.error}`, 'error');
        } else if (latest.current === value) {
          setState('saved');
        }
      },
      (error: unknown) => {
        setState('failed');
        notify(`Evidence not saved (your text is kept as a draft): ${String(error)}`, 'error');
      },
    );
  }, [db, id, notify]);

  const change = useCallback(
    (value: string) => {
      setText(value);
      setState('pending');
      latest.current = value;
      saveEvidenceDraft(db, { id, roleId }, value).catch((error: unknown) => {
        notify(`Could not keep a draft of the evidence: ${String(error)}`, 'error');
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, EVIDENCE_SAVE_DELAY_MS);
    },
    [db, flush, id, notify, roleId],
  );

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Closing the editor, switching tab or leaving the role saves what was typed.
      flush();
    };
  }, [flush]);

  return { text, state, change, flush };
}
