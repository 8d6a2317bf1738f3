/**
 * Adds the applicant's own item to the checklist. The field keeps focus after adding,
 * so several items can be typed in a row.
 */
import { useId, useState, type SubmitEvent } from 'react';
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import type { NewRequirement } from '../../../../shared/domain/checklist-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import type { Result } from '../../../../shared/result';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { KindSelect } from './KindSelect';

interface AddItemFormProps {
  onAdd: (input: NewRequirement) => Promise<Result<Requirement>>;
  onAdded: (item: Requirement) => void;
}

export function AddItemForm({ onAdd, onAdded }: AddItemFormProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RequirementKind>('required');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const limit = useFieldLimit('Item', FIELD_LIMITS.requirementText, text);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    // Over the limit: the count beside the field says so; the text stays to be shortened.
    if (limit.over) return;
    setSaving(true);
    const result = await onAdd({ text, kind });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setText('');
    onAdded(result.value);
  }

  return (
    <form className="cl-add" aria-label="Add an item" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-text`} className="cl-add-label">
        Add your own item
      </label>
      <div className="cl-add-row">
        <input
          id={`${id}-text`}
          className="cl-input cl-add-text"
          value={text}
          placeholder="Something this role needs that the posting does not say"
          aria-invalid={error || limit.over ? true : undefined}
          aria-describedby={
            [error ? `${id}-error` : '', limit.text ? limit.id : ''].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        <KindSelect value={kind} onChange={setKind} />
        <button type="submit" className="button button-primary" disabled={saving}>
          Add item
        </button>
      </div>
      <FieldLimitNote limit={limit} className="cl-field-limit" />
      {error && (
        <p id={`${id}-error`} className="cl-field-error" aria-live="polite">
          {error}
        </p>
      )}
    </form>
  );
}
