/**
 * Autosave for an item's evidence. Every keystroke is kept as a draft at once (so a
 * crash loses nothing), and the evidence itself is saved after a short pause, on blur,
 * when the page hides and when the editor closes. Text over the limit is never sent:
 * it stays a draft, shown again when the editor reopens, until it is shortened.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { FIELD_LIMITS, lengthProblem } from '../../../../shared/domain/field-limits';
import type { Requirement } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { loadEvidenceDraft, saveEvidenceDraft, setEvidence } from '../../db/evidence-repo';
import { useNotify } from '../../components/notices';

/** Short enough that a pause in typing saves; long enough not to save every keystroke. */
export const EVIDENCE_SAVE_DELAY_MS = 400;

/**
 * "saved" only once the item holds the text. "refused": it cannot be saved as it is
 * (too long) and the draft keeps it; "failed": the save failed and the draft keeps it;
 * "lost": not even the draft could be written, so the text is only on screen.
 */
export type SaveState =
  { kind: 'idle' | 'pending' | 'saved' | 'failed' | 'lost' } | { kind: 'refused'; reason: string };

const PENDING: SaveState = { kind: 'pending' };
const LOST: SaveState = { kind: 'lost' };

export interface EvidenceAutosave {
  text: string;
  state: SaveState;
  change: (text: string) => void;
  flush: () => void;
  /** The evidence another window saved over the text this editor started from, if so. */
  conflict: string | null;
  /** Saves the text the user chose in a conflict, on top of the other window's. */
  resolve: (text: string) => void;
}

function stateOf(text: string): SaveState {
  const problem = lengthProblem('evidence', FIELD_LIMITS.evidence, text);
  return problem ? { kind: 'refused', reason: problem } : PENDING;
}

export function useEvidenceAutosave(item: Requirement): EvidenceAutosave {
  const db = useDb();
  const notify = useNotify();
  const { id, roleId, evidence } = item;
  const [text, setText] = useState(evidence);
  // The stored value this editor last saw; a change to it came from elsewhere.
  const [baseline, setBaseline] = useState(evidence);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(evidence);
  const sent = useRef<string | null>(evidence);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Whether the last draft write succeeded: what a failed save may promise.
  const draftKept = useRef(true);
  // The stored evidence this editor's unsaved text started from; a save checks it.
  const base = useRef(evidence);
  const [conflict, setConflict] = useState<string | null>(null);
  // While the user chooses, nothing is sent: the draft keeps the text.
  const choosing = useRef(false);
  const clean = state.kind === 'idle' || state.kind === 'saved';
  useEffect(() => {
    // Taken in while nothing was unsaved here: the next typing builds on it.
    if (clean) base.current = evidence;
  }, [evidence, clean]);

  if (evidence !== baseline) {
    setBaseline(evidence);
    // Another window (or this editor's own save) changed it: show that, unless the
    // user has typed something not yet saved here; its save then finds the conflict.
    if (state.kind === 'idle' || state.kind === 'saved') setText(evidence);
  }

  const failed = useCallback(
    (reason: string) => {
      if (draftKept.current) {
        setState({ kind: 'failed' });
        notify(`Evidence not saved (your text is kept as a draft): ${reason}`, 'error');
      } else {
        setState(LOST);
        notify(`Evidence not saved: copy your text. ${reason}`, 'error');
      }
    },
    [notify],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = latest.current;
    // Over the limit: said in place; the draft keeps it until it is shortened.
    if (value === sent.current || stateOf(value).kind === 'refused' || choosing.current) return;
    sent.current = value;
    setEvidence(db, id, value, Date.now(), base.current).then(
      (result) => {
        if ('conflict' in result) {
          // Nothing written; the draft keeps this text while the user chooses. A save
          // the user has since moved past (a choice made meanwhile) is not asked again.
          sent.current = null;
          if (latest.current !== value) return;
          choosing.current = true;
          setConflict(result.conflict.theirs.evidence);
          setState({ kind: 'refused', reason: 'changed in another window' });
        } else if (!result.ok) failed(result.error);
        else {
          base.current = result.value.evidence;
          if (latest.current === value) setState({ kind: 'saved' });
        }
      },
      (error: unknown) => {
        failed(String(error));
      },
    );
  }, [db, id, failed]);

  const change = useCallback(
    (value: string) => {
      setText(value);
      setState(stateOf(value));
      latest.current = value;
      const lost = (reason: string) => {
        draftKept.current = false;
        setState(LOST);
        notify(
          `Evidence not saved: copy your text. The draft could not be kept: ${reason}`,
          'error',
        );
      };
      saveEvidenceDraft(db, { id, roleId }, value).then(
        (result) => {
          if (result.ok) draftKept.current = true;
          else lost(result.error);
        },
        (error: unknown) => {
          lost(String(error));
        },
      );
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, EVIDENCE_SAVE_DELAY_MS);
    },
    [db, flush, id, notify, roleId],
  );

  // A draft left from before (text over the limit is kept as one) opens where it was.
  const opened = useRef(evidence);
  useEffect(() => {
    let live = true;
    loadEvidenceDraft(db, id).then(
      (draft) => {
        if (!live || draft === undefined || draft === opened.current) return;
        if (latest.current !== opened.current) return; // already typing: that wins
        latest.current = draft;
        setText(draft);
        setState(stateOf(draft));
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, EVIDENCE_SAVE_DELAY_MS);
      },
      () => undefined, // unreadable: the stored evidence shows, as before
    );
    return () => {
      live = false;
    };
  }, [db, id, flush]);

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

  const resolve = useCallback(
    (chosen: string) => {
      if (conflict === null) return;
      base.current = conflict;
      choosing.current = false;
      setConflict(null);
      change(chosen);
      flush();
    },
    [conflict, change, flush],
  );

  return { text, state, change, flush, conflict, resolve };
}
