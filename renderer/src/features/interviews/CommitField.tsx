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
import { useNotify } from '../../app/notices';

interface CommitFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
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
  // The stored value moved: adopt it unless there are unsaved keystrokes.
  if (value !== base) {
    setBase(value);
    if (draft === base) setDraft(value);
  }

  const latest = useRef({ draft, value, onCommit, required, rule: props.limit, kept });
  useEffect(() => {
    latest.current = { draft, value, onCommit, required, rule: props.limit, kept };
  });

  const commit = useCallback(() => {
    const { draft: text, value: stored, onCommit: save, required: needed, rule } = latest.current;
    // Over the limit: the count says so where the user types; the draft keeps the text.
    if (!fitsLimit(rule, text)) {
      latest.current.kept.keep(text);
      return;
    }
    latest.current.kept.clear();
    if (text === stored || (needed && text.trim() === '')) return;
    save(text);
  }, []);

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
    </div>
  );
}
