/** Rewrites a next action in place on the Agenda: its text and due day. */
import { useId, useState } from 'react';
import { parseDateInput, toDateInputValue } from '../../../../shared/domain/dates';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';

interface NextActionEditorProps {
  item: AgendaItem;
  onSave: (text: string, due: number | null) => Promise<boolean>;
  onClose: () => void;
}

export function NextActionEditor({ item, onSave, onClose }: NextActionEditorProps) {
  const [text, setText] = useState(item.title);
  const [day, setDay] = useState(() => toDateInputValue(item.at));
  const textId = useId();
  const dayId = useId();
  const due = day === '' ? null : parseDateInput(day);
  const invalid = due === undefined;

  return (
    <form
      className="next-action-editor"
      aria-label={`Edit next action for ${item.roleTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid) return;
        void onSave(text.trim(), due).then((saved) => {
          if (saved) onClose();
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <label htmlFor={textId}>Next action</label>
      <input
        id={textId}
        value={text}
        autoFocus
        maxLength={FIELD_LIMITS.applicationShortText.max}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <label htmlFor={dayId}>Due</label>
      <input
        id={dayId}
        type="date"
        value={day}
        aria-invalid={invalid}
        onChange={(event) => {
          setDay(event.target.value);
        }}
      />
      <button type="submit" className="button button-primary" disabled={invalid}>
        Save
      </button>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      {invalid && <p className="field-error">Enter a real date, or clear it.</p>}
    </form>
  );
}
