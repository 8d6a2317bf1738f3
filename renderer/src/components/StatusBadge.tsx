import type { ApplicationStatus } from '../../../shared/domain/model';
import { statusLabel } from '../../../shared/domain/status';

/** The application status as a coloured pill. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`status-badge status-${status}`}>{statusLabel(status)}</span>;
}
