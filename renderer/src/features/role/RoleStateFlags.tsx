/** Under the role's title: whether it is archived, and when the posting closes. */
import { closingLabel, closingState } from '../../../../shared/domain/closing-date';
import { formatDay } from '../../../../shared/domain/dates';
import type { Role } from '../../../../shared/domain/model';
import { useMinute } from '../../db/use-minute';

export function RoleStateFlags({ role }: { role: Role }) {
  const now = useMinute();
  const closing = role.closingDate ?? '';
  const state = closingState(closing, now);
  if (role.archived === 0 && state === 'none') return null;
  return (
    <p className="role-flags">
      {role.archived === 1 && (
        <span className="archived-tag">
          Archived{role.archivedAt === undefined ? '' : ` ${formatDay(role.archivedAt)}`}
        </span>
      )}
      {state !== 'none' && (
        <span className={`closing-cell closing-${state}`}>{closingLabel(closing, now)}</span>
      )}
    </p>
  );
}
