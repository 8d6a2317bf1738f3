/**
 * Which checklist items a round will probe: a filterable list of the role's
 * requirements with a checkbox each. Saved on every tick, in checklist order.
 */
import { useId, useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { sameOrder } from '../../../../shared/domain/reorder';

interface ProbePickerProps {
  requirements: readonly Requirement[];
  selected: readonly string[];
  onChange: (ids: string[]) => Promise<boolean>;
}

export function ProbePicker({ requirements, selected, onChange }: ProbePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const stored = requirements.filter((item) => selected.includes(item.id)).map((item) => item.id);
  // A tick shows at once; the live query confirms it (then the optimistic value goes).
  const [pending, setPending] = useState<string[] | null>(null);
  if (pending && sameOrder(pending, stored)) setPending(null);
  const chosen = new Set(pending ?? stored);
  const count = chosen.size;
  const needle = query.trim().toLocaleLowerCase();
  const shown = needle
    ? requirements.filter((item) => item.text.toLocaleLowerCase().includes(needle))
    : requirements;

  function toggle(itemId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(itemId);
    else next.delete(itemId);
    // Checklist order, and only items that still exist.
    const ids = requirements.filter((item) => next.has(item.id)).map((item) => item.id);
    setPending(ids);
    void onChange(ids).then((saved) => {
      if (!saved) setPending(null);
    });
  }

  return (
    <fieldset className="probe-picker">
      <legend>Requirements this round will probe</legend>
      {requirements.length === 0 ? (
        <p className="muted">This role’s checklist is empty.</p>
      ) : (
        <>
          <div className="probe-toolbar">
            <input
              type="search"
              className="stage-input probe-search"
              aria-label="Filter requirements"
              placeholder="Filter requirements…"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
            <span className="muted" id={`${id}-count`}>
              {count} of {requirements.length} selected
            </span>
          </div>
          <ul className="probe-list" aria-describedby={`${id}-count`}>
            {shown.map((item) => (
              <li key={item.id}>
                <label className="probe-item">
                  <input
                    type="checkbox"
                    checked={chosen.has(item.id)}
                    onChange={(event) => {
                      toggle(item.id, event.target.checked);
                    }}
                  />
                  <span>{item.text}</span>
                  {item.kind === 'preferred' && <span className="probe-kind">Preferred</span>}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted probe-none">No requirement matches.</li>}
          </ul>
        </>
      )}
    </fieldset>
  );
}
