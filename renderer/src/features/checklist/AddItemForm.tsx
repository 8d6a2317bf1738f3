/**
 * Adds the applicant's own item to the checklist. The field keeps focus after adding,
 * so several items can be typed in a row.
 */
import { useId, useState, type SubmitEvent } from 'react';
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import {
  REQUIREMENT_TEXT_MAX,
  type NewRequirement,
} from '../../../../shared/domain/checklist-rules';
import type { Result } from '../../../../shared/result';
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

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
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
          maxLength={REQUIREMENT_TEXT_MAX}
          placeholder="Something this role needs that the posting does not say"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
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
      {error && (
        <p id={`${id}-error`} className="cl-field-error" aria-live="polite">
          {error}
        </p>
      )}
    </form>
  );
}
