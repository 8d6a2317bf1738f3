/**
 * The posting's closing date, in the application's details although it belongs to the
 * role: it is the date the applicant must apply by. Saved like the other dates.
 */
import { closingDay } from '../../../../shared/domain/closing-date';
import { toDateInputValue } from '../../../../shared/domain/dates';
import { useDb } from '../../db/db-context';
import { useRole } from '../../db/hooks';
import { setClosingDate } from '../../db/role-state-repo';
import { useNotify } from '../../components/notices';
import { DateField } from './AutosaveFields';

export function ClosingDateField({ roleId }: { roleId: string }) {
  const db = useDb();
  const notify = useNotify();
  const role = useRole(roleId);

  async function save(day: number | null): Promise<boolean> {
    try {
      const result = await setClosingDate(db, roleId, day === null ? '' : toDateInputValue(day));
      if (!result.ok) notify(`The change could not be saved: ${result.error}`, 'error');
      return result.ok;
    } catch (error) {
      notify(`The change could not be saved: ${String(error)}`, 'error');
      return false;
    }
  }

  return (
    <DateField
      label="Posting closes"
      value={role ? closingDay(role.closingDate ?? '') : undefined}
      onCommit={save}
      className="field-closing"
    />
  );
}
