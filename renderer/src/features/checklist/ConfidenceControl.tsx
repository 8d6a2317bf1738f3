/**
 * How sure the applicant feels about an item: low, medium or high, or not said. Shows
 * the choice at once and puts it back if the save fails.
 */
import { useId, useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  type Confidence,
} from '../../../../shared/domain/checklist-rules';

interface ConfidenceControlProps {
  item: Requirement;
  onChange: (item: Requirement, level: Confidence | null) => Promise<boolean>;
}

export function ConfidenceControl({ item, onChange }: ConfidenceControlProps) {
  const name = useId();
  // `undefined` = nothing pending; `null` = clearing.
  const [pending, setPending] = useState<Confidence | null | undefined>(undefined);
  const stored = item.confidence ?? null;
  if (pending !== undefined && pending === stored) setPending(undefined);
  const value = pending === undefined ? stored : pending;

  function choose(level: Confidence | null) {
    setPending(level);
    void onChange(item, level).then((saved) => {
      if (!saved) setPending(undefined);
    });
  }

  return (
    <fieldset className="cl-confidence">
      <legend>Confidence</legend>
      <div className="cl-segmented">
        {CONFIDENCE_LEVELS.map((level) => (
          <label key={level} className={`cl-segment cl-level-${level}`}>
            <input
              type="radio"
              name={name}
              checked={value === level}
              onChange={() => {
                choose(level);
              }}
            />
            <span>{CONFIDENCE_LABELS[level]}</span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="cl-link-button"
        aria-label="Clear confidence"
        disabled={value === null}
        onClick={() => {
          choose(null);
        }}
      >
        Clear
      </button>
    </fieldset>
  );
}
