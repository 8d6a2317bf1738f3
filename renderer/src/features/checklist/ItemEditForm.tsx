/**
 * Inline editing of an item's wording and kind. Enter saves, Escape cancels; a refused
 * edit says why next to the field and keeps what was typed.
 */
import { useId, useState, type SubmitEvent } from 'react';
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import type { RequirementPatch } from '../../../../shared/domain/checklist-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import type { Result } from '../../../../shared/result';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { KindSelect } from './KindSelect';

interface ItemEditFormProps {
  item: Requirement;
  onSave: (item: Requirement, patch: RequirementPatch) => Promise<Result<Requirement>>;
  onDone: () => void;
}

export function ItemEditForm({ item, onSave, onDone }: ItemEditFormProps) {
  const [text, setText] = useState(item.text);
  const [kind, setKind] = useState<RequirementKind>(item.kind);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const limit = useFieldLimit('Item', FIELD_LIMITS.requirementText, text);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    // Over the limit: the count beside the field says so; the text stays to be shortened.
    if (limit.over) return;
    setSaving(true);
    const result = await onSave(item, { text, kind });
    setSaving(false);
    if (result.ok) onDone();
    else setError(result.error);
  }

  return (
    <form
      className="cl-edit"
      aria-label="Edit item"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <input
        className="cl-input cl-edit-text"
        aria-label="Item text"
        value={text}
        // The form appears because the user asked to edit: the field is where they go.
        autoFocus
        aria-invalid={error || limit.over ? true : undefined}
        aria-describedby={
          [error ? errorId : '', limit.text ? limit.id : ''].filter(Boolean).join(' ') || undefined
        }
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <KindSelect value={kind} onChange={setKind} />
      <button type="submit" className="button button-primary" disabled={saving}>
        Save
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
      <FieldLimitNote limit={limit} className="cl-field-limit" />
      {error && (
        <p id={errorId} className="cl-field-error" aria-live="polite">
          {error}
        </p>
      )}
    </form>
  );
}
