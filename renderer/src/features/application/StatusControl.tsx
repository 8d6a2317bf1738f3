/**
 * The current application's status as a native select (pipeline, then the exits), styled
 * as the status pill. The choice shows at once; a failed save puts the old one back.
 */
import { useState } from 'react';
import {
  APPLICATION_EXITS,
  APPLICATION_PIPELINE,
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
} from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { useApplicationCommands } from './use-application';

function isStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function StatusControl({ application }: { application: Application }) {
  const { setStatus } = useApplicationCommands();
  const [pending, setPending] = useState<ApplicationStatus | null>(null);
  // The stored status caught up with the choice: drop the optimistic value.
  if (pending !== null && pending === application.status) setPending(null);
  const shown = pending ?? application.status;

  return (
    <label className="status-control">
      <span className="status-control-label">Status</span>
      <span className={`status-select status-${shown}`}>
        <span className="status-select-dot" aria-hidden="true" />
        <select
          aria-label="Application status"
          value={shown}
          onChange={(event) => {
            const next = event.target.value;
            if (!isStatus(next)) return;
            setPending(next);
            void setStatus(application.id, next).then((saved) => {
              if (!saved) setPending(null);
            });
          }}
        >
          <optgroup label="Pipeline">
            {APPLICATION_PIPELINE.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Closed">
            {APPLICATION_EXITS.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </optgroup>
        </select>
      </span>
    </label>
  );
}
