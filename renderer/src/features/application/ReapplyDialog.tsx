/**
 * Asks before starting a new application for a role, and in which status: the earlier
 * application is kept as history. A <dialog> of its own (not ConfirmDialog) because it
 * holds a choice, and its ids must not collide with other dialogs on the role screen.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Application } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import type { NewApplicationStatus } from '../../db/applications-repo';

interface ReapplyDialogProps {
  open: boolean;
  current: Application | null;
  onConfirm: (status: NewApplicationStatus) => void;
  onCancel: () => void;
}

const CHOICES: { status: NewApplicationStatus; label: string; hint: string }[] = [
  { status: 'applied', label: 'Applied', hint: 'I have sent the application (dated today).' },
  { status: 'interested', label: 'Interested', hint: 'I mean to apply again.' },
];

export function ReapplyDialog({ open, current, onConfirm, onCancel }: ReapplyDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [status, setStatus] = useState<NewApplicationStatus>('applied');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>Re-apply to this role?</h2>
      <div className="dialog-body">
        <p>
          {current
            ? `A new application becomes the current one. The earlier one (${statusLabel(current.status)}) stays in the history.`
            : 'This starts an application for the role.'}
        </p>
        <fieldset className="reapply-choices">
          <legend>The new application starts as</legend>
          {CHOICES.map((choice) => (
            <label key={choice.status} className="reapply-choice">
              <input
                type="radio"
                name="reapply-status"
                value={choice.status}
                checked={status === choice.status}
                onChange={() => {
                  setStatus(choice.status);
                }}
              />
              <span>
                <strong>{choice.label}</strong>
                <span className="muted">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onConfirm(status);
          }}
        >
          Re-apply
        </button>
      </div>
    </dialog>
  );
}
