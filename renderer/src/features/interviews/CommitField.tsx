/**
 * A text field that saves itself: shortly after typing stops, on blur, and when it
 * unmounts, so nothing typed is lost. A change stored from elsewhere (another window)
 * is taken in unless the user is mid-edit. Text over the field's limit is not saved: the
 * field says so with its count, and keeps the text as a draft until it is shortened.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { fitsLimit, type FieldLimit } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { useKeptText } from '../../db/use-kept-text';
import { useNotify } from '../../components/notices';
import { ConflictPanel } from '../../components/ConflictPanel';
import { keepBothTexts } from '../../db/text-revision';
import type { FieldConflict } from './use-stage-text';

interface CommitFieldProps {
  label: string;
  value: string;
  /**
   * Saves the text; `base` is the stored text the edit started from. Resolves to the
   * other window's text when it changed the field first (nothing was saved).
   */
  onCommit: (value: string, base: string) => Promise<FieldConflict>;
  multiline?: boolean;
  /** Refuse to save an empty value (a name): blur puts the stored value back. */
  required?: boolean;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** The field's length rule (shared/domain/field-limits.ts). */
  limit: FieldLimit;
  /** Where text over the limit is kept, and whose role it belongs to. */
  keep?: { key: string; roleId: string };
}

const SAVE_AFTER_MS = 700;

export function CommitField(props: CommitFieldProps) {
  const { label, value, onCommit, multiline = false, required = false, placeholder } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const notify = useNotify();
  const limit = useFieldLimit(label, props.limit, draft);
  const kept = useKeptText(props.keep?.key, props.keep?.roleId ?? '', setDraft, (reason) => {
    notify(`${label} not saved: copy your text. ${reason}`, 'error');
  });
  // The stored text the unsaved keystrokes started from: a save checks it.
  const [origin, setOrigin] = useState(value);
  const [conflict, setConflict] = useState<string | null>(null);
  const choosing = useRef(false);
  // The stored value moved: adopt it unless there are unsaved keystrokes.
  if (value !== base) {
    setBase(value);
    if (draft === base) setDraft(value);
    // Taken in, or this field's own save came back: later typing builds on it.
    if (draft === base || draft === value) setOrigin(value);
  }

  const latest = useRef({ draft, value, origin, onCommit, required, rule: props.limit, kept });
  useEffect(() => {
    latest.current = { draft, value, origin, onCommit, required, rule: props.limit, kept };
  });

  const send = useCallback((text: string, from: string) => {
    void latest.current.onCommit(text, from).then((found) => {
      // A save the user has since moved past (typed on, or chosen) is not asked again.
      if (!found || latest.current.draft !== text) return;
      choosing.current = true;
      setConflict(found.theirs);
    });
  }, []);

  const commit = useCallback(() => {
    const { draft: text, value: stored, origin: from, required: needed, rule } = latest.current;
    // Over the limit (the count says so), or while the user chooses between two
    // versions: nothing is sent, and the draft keeps the text.
    if (!fitsLimit(rule, text) || choosing.current) {
      latest.current.kept.keep(text);
      return;
    }
    latest.current.kept.clear();
    if (text === stored || (needed && text.trim() === '')) return;
    send(text, from);
  }, [send]);

  function resolve(chosen: string, theirs: string) {
    choosing.current = false;
    setConflict(null);
    setOrigin(theirs);
    setDraft(chosen);
    latest.current.kept.clear();
    if (chosen !== value) send(chosen, theirs);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(commit, SAVE_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, value, commit]);

  // Whatever is unsaved when the field goes away (card collapsed, tab changed) is saved.
  useEffect(() => commit, [commit]);

  const shared = {
    id,
    value: draft,
    placeholder,
    autoFocus: props.autoFocus,
    className: 'stage-input',
    ...limit.inputProps,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
    },
    // A field focused for the user (a new stage's name) is selected, so typing replaces it.
    onFocus: props.autoFocus
      ? (event: { target: { select: () => void } }) => {
          event.target.select();
        }
      : undefined,
    onBlur: () => {
      if (required && draft.trim() === '') setDraft(value);
      else commit();
    },
  };

  return (
    <div className={`stage-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} {...shared} /> : <input type="text" {...shared} />}
      <FieldLimitNote limit={limit} />
      {conflict !== null && (
        <ConflictPanel
          title={`“${label}” was changed in another window`}
          theirs={conflict}
          mine={draft}
          onKeepMine={() => {
            resolve(draft, conflict);
          }}
          onKeepTheirs={() => {
            resolve(conflict, conflict);
          }}
          onKeepBoth={() => {
            resolve(keepBothTexts(conflict, draft), conflict);
          }}
        />
      )}
    </div>
  );
}
