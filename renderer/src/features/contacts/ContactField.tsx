/**
 * One field of the contact form: its label, the input, the length note from the
 * field-limits table and the validation message, both tied to the input for screen
 * readers.
 */
import { useId } from 'react';
import type { FieldLimit } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';

interface ContactFieldProps {
  label: string;
  value: string;
  limit: FieldLimit;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  className?: string;
}

export function ContactField(props: ContactFieldProps) {
  const { label, value, limit, onChange, error, type = 'text', multiline = false } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const count = useFieldLimit(label, limit, value);
  const describedBy = [count.inputProps['aria-describedby'], error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    required: props.required,
    autoFocus: props.autoFocus,
    placeholder: props.placeholder,
    'aria-invalid': error !== undefined || count.over ? (true as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          // The form checks the fields itself and says why in words, not a browser bubble.
          formNoValidate
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      <FieldLimitNote limit={count} />
      {error !== undefined && (
        <span id={errorId} className="contact-field-error">
          {error}
        </span>
      )}
    </div>
  );
}
