/**
 * One checklist item. The tick shows at once (optimistically) while the write commits;
 * the live query then confirms it, or a failed write puts the box back.
 */
import { useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';

interface CheckItemProps {
  item: Requirement;
  onToggle: (item: Requirement, checked: boolean) => Promise<boolean>;
}

export function CheckItem({ item, onToggle }: CheckItemProps) {
  const [pending, setPending] = useState<boolean | null>(null);
  const stored = item.checked === 1;
  // The stored value caught up: drop the optimistic one (derived state, set in render).
  if (pending !== null && pending === stored) setPending(null);

  return (
    <label className="check-item">
      <input
        type="checkbox"
        checked={pending ?? stored}
        onChange={(event) => {
          const checked = event.target.checked;
          setPending(checked);
          void onToggle(item, checked).then((saved) => {
            if (!saved) setPending(null);
          });
        }}
      />
      <span className="check-text">{item.text}</span>
    </label>
  );
}
