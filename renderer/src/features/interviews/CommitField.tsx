/**
 * A text field that saves itself: shortly after typing stops, on blur, and when it
 * unmounts, so nothing typed is lost. A change stored from elsewhere (another window)
 * is taken in unless the user is mid-edit.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';

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
}

const SAVE_AFTER_MS = 700;

export function CommitField(props: CommitFieldProps) {
  const { label, value, onCommit, multiline = false, required = false, placeholder } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  // The stored value moved: adopt it unless there are unsaved keystrokes.
  if (value !== base) {
    setBase(value);
    if (draft === base) setDraft(value);
  }

  const latest = useRef({ draft, value, onCommit, required });
  useEffect(() => {
    latest.current = { draft, value, onCommit, required };
  });

  const commit = useCallback(() => {
    const { draft: text, value: stored, onCommit: save, required: needed } = latest.current;
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
    </div>
  );
}
