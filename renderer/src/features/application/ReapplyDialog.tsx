/**
 * Asks before starting a new application for a role, and in which status: the earlier
 * application is kept as history. Not a ConfirmDialog: it holds a choice.
 */
import { useState } from 'react';
import type { Application } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import type { NewApplicationStatus } from '../../db/applications-repo';
import { ModalDialog } from '../../components/ModalDialog';

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
  const [status, setStatus] = useState<NewApplicationStatus>('applied');

  return (
    <ModalDialog
      open={open}
      title="Re-apply to this role?"
      onClose={onCancel}
      actions={
        <>
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
        </>
      }
    >
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
    </ModalDialog>
  );
}
