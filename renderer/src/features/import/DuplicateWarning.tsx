/** "This looks like a role you already have": open that one, or save this one anyway. */
import { useEffect, useId, useRef } from 'react';
import type { DuplicateMatch } from '../../../../shared/import/duplicates';

interface DuplicateWarningProps {
  match: DuplicateMatch;
  saving: boolean;
  onOpen: (roleId: string) => void;
  onSaveAnyway: () => void;
}

export function DuplicateWarning({ match, saving, onOpen, onSaveAnyway }: DuplicateWarningProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // It may appear on Save, with the top of the review scrolled away.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [match.roleId]);
  const reason = match.reason === 'same-url' ? 'same source URL' : 'nearly the same text';
  return (
    <div ref={ref} className="import-duplicate" role="alert" aria-labelledby={id}>
      <p id={id}>
        This looks like <strong>{match.title || 'Untitled role'}</strong> ({reason}).
      </p>
      <div className="import-duplicate-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onOpen(match.roleId);
          }}
        >
          Open that role
        </button>
        <button type="button" className="button" disabled={saving} onClick={onSaveAnyway}>
          Save as a new role anyway
        </button>
      </div>
    </div>
  );
}
