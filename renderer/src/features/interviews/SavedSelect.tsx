/**
 * A select that saves on change. The choice shows at once while it is written; the
 * live query then confirms it, or a failed write puts the stored value back.
 */
import { useId, useState } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SavedSelectProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onSave: (value: string) => Promise<boolean>;
  className?: string;
}

export function SavedSelect({ label, value, options, onSave, className }: SavedSelectProps) {
  const id = useId();
  const [pending, setPending] = useState<string | null>(null);
  if (pending !== null && pending === value) setPending(null);

  return (
    <div className={`stage-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="stage-input"
        value={pending ?? value}
        onChange={(event) => {
          const next = event.target.value;
          setPending(next);
          void onSave(next).then((saved) => {
            if (!saved) setPending(null);
          });
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
