/** The Roles table's pay and closing-date cells. */
import { closingLabel, closingState } from '../../../../shared/domain/closing-date';
import { formatCompensation } from '../../../../shared/domain/compensation';
import type { Compensation } from '../../../../shared/domain/model';
import { useMinute } from '../../db/use-minute';

export function CompensationCell({ value }: { value: Compensation | undefined }) {
  const text = formatCompensation(value);
  if (!text) return <span className="muted-cell">Not given</span>;
  return <span className="pay-cell">{text}</span>;
}

/** "Closes in 3 days", flagged when it is soon or has passed; re-read each minute. */
export function ClosingCell({ value }: { value: string }) {
  const now = useMinute();
  const state = closingState(value, now);
  if (state === 'none') return <span className="muted-cell">Not given</span>;
  return <span className={`closing-cell closing-${state}`}>{closingLabel(value, now)}</span>;
}
