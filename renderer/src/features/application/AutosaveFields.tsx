/**
 * Form fields that save themselves: text on blur or Enter, dates as soon as they form a
 * real date (or on blur), selects on change. Each keeps what the user typed while it is
 * being saved, so the field never flickers back to the old value, and Escape abandons
 * an edit. Text over its limit is not saved: the count says so and the text is kept.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { parseDateInput, toDateInputValue } from '../../../../shared/domain/dates';
import { fitsLimit, type FieldLimit } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { useKeptText } from '../../db/use-kept-text';
import { useNotify } from '../../components/notices';

/** Saves a field's new value; resolves to whether it was saved. */
type Commit<T> = (value: T) => Promise<boolean>;

/**
 * The edit state of one field: `draft` while typing, `saving` between commit and the
 * live query delivering the saved value.
 */
function useAutosave<T>(stored: T, commit: Commit<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState<{ value: T } | null>(null);
  // The stored value caught up with what was saved: stop showing the local copy.
  if (saving !== null && Object.is(saving.value, stored)) setSaving(null);

  function save(value: T, typed: string | null = null) {
    setDraft(null);
    if (Object.is(value, stored)) return;
    setSaving({ value });
    void commit(value).then((saved) => {
      if (saved) return;
      setSaving(null);
      // A refused save keeps what was typed on screen (its notice says why).
      if (typed !== null) setDraft(typed);
    });
  }

  return { draft, setDraft, saving: saving?.value, save };
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: Commit<string>;
  multiline?: boolean;
  placeholder?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  /** The field's length rule (shared/domain/field-limits.ts), shown as it is typed. */
  limit: FieldLimit;
  /** Where text over the limit is kept, and whose role it belongs to. */
  keep?: { key: string; roleId: string };
  className?: string;
}

/** A labelled text input (or textarea) saved on blur and, for one line, on Enter. */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline = false, placeholder, list, className } = props;
  const id = useId();
  const notify = useNotify();
  const { draft, setDraft, saving, save } = useAutosave(value, onCommit);
  const shown = draft ?? saving ?? value;
  const limit = useFieldLimit(label, props.limit, shown);
  const kept = useKeptText(props.keep?.key, props.keep?.roleId ?? '', setDraft, (reason) => {
    notify(`${label} not saved: copy your text. ${reason}`, 'error');
  });

  /** Saves the typed text, unless it is over the limit: then it stays, kept as a draft. */
  function commitTyped(text: string) {
    if (!fitsLimit(props.limit, text)) {
      kept.keep(text);
      return;
    }
    kept.clear();
    save(text.trim(), text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      kept.clear();
      setDraft(null);
    } else if (event.key === 'Enter' && !multiline && draft !== null) {
      commitTyped(draft);
    }
  }

  const common = {
    id,
    value: shown,
    placeholder,
    ...limit.inputProps,
    onKeyDown,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
    },
    onBlur: () => {
      if (draft !== null) commitTyped(draft);
    },
  };

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" list={list} autoComplete="off" />
      )}
      <FieldLimitNote limit={limit} />
    </div>
  );
}

interface DateFieldProps {
  label: string;
  value: number | undefined;
  /** Receives the day's local midnight, or null when the field is cleared. */
  onCommit: Commit<number | null>;
  className?: string;
}

/** A labelled date input; stores local midnight of the chosen day. */
export function DateField({ label, value, onCommit, className }: DateFieldProps) {
  const id = useId();
  const stored = value ?? null;
  const { draft, setDraft, saving, save } = useAutosave<number | null>(stored, onCommit);
  const shown = draft ?? (saving !== undefined ? toDateInputValue(saving ?? undefined) : null);

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={shown ?? toDateInputValue(value)}
        onChange={(event) => {
          const text = event.target.value;
          const day = parseDateInput(text);
          // A complete, plausible date (picked, or the year's last digit typed) saves at
          // once; a half-typed one waits for blur.
          if (day !== undefined) save(day);
          else setDraft(text);
        }}
        onBlur={() => {
          if (draft === null) return;
          if (draft === '') save(null);
          else {
            const day = parseDateInput(draft);
            if (day === undefined) setDraft(null);
            else save(day);
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft !== null) {
            event.preventDefault();
            setDraft(null);
          }
        }}
      />
    </div>
  );
}

interface PriorityFieldProps {
  value: number | undefined;
  onCommit: Commit<number | null>;
  className?: string;
}

const PRIORITY_OPTIONS = [
  { value: '', label: 'Not set' },
  { value: '5', label: '5 – top' },
  { value: '4', label: '4 – high' },
  { value: '3', label: '3 – medium' },
  { value: '2', label: '2 – low' },
  { value: '1', label: '1 – lowest' },
];

/** Priority 1–5 (or not set), saved on change. */
export function PriorityField({ value, onCommit, className }: PriorityFieldProps) {
  const id = useId();
  const stored = value ?? null;
  const { saving, save } = useAutosave<number | null>(stored, onCommit);
  const shown = saving !== undefined ? saving : stored;

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>Priority</label>
      <select
        id={id}
        value={shown === null ? '' : String(shown)}
        onChange={(event) => {
          const text = event.target.value;
          save(text === '' ? null : Number(text));
        }}
      >
        {PRIORITY_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
