/**
 * Keeps the text of a self-saving field that cannot be saved yet (over its limit) as a
 * draft, and hands it back when the field opens again, so a refused save never loses
 * what was typed. Without a key it does nothing (a field with no record yet).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useDb } from './db-context';
import { discardFieldDraft, loadFieldDraft, saveFieldDraft } from './field-drafts-repo';

export interface KeptText {
  /** Keeps `text` as the field's draft (text that is not saved). */
  keep: (text: string) => void;
  /** Drops the draft, if one was kept: the field's text is saved (or abandoned). */
  clear: () => void;
}

export function useKeptText(
  key: string | undefined,
  roleId: string,
  onRestore: (text: string) => void,
  /** Told when not even the draft could be written: the text is only on screen. */
  onLost: (reason: string) => void,
): KeptText {
  const db = useDb();
  // Whether a draft may exist, so a field saved normally never writes a delete.
  const kept = useRef(false);
  const restore = useRef(onRestore);
  const lost = useRef(onLost);
  useEffect(() => {
    restore.current = onRestore;
    lost.current = onLost;
  });

  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    loadFieldDraft(db, key).then(
      (text) => {
        if (!live || text === undefined) return;
        kept.current = true;
        restore.current(text);
      },
      () => undefined, // unreadable: the stored value shows
    );
    return () => {
      live = false;
    };
  }, [db, key]);

  const keep = useCallback(
    (text: string) => {
      if (key === undefined) return;
      kept.current = true;
      saveFieldDraft(db, key, roleId, text).then(
        (result) => {
          if (!result.ok) lost.current(result.error);
        },
        (error: unknown) => {
          lost.current(String(error));
        },
      );
    },
    [db, key, roleId],
  );

  const clear = useCallback(() => {
    if (key === undefined || !kept.current) return;
    kept.current = false;
    // A draft left by a failed delete only brings back text the user typed.
    discardFieldDraft(db, key).catch(() => undefined);
  }, [db, key]);

  return { keep, clear };
}
