/** The Role header's "Export" menu: the role as Markdown (saved or copied), its interviews as .ics. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { loadCalendarItems } from '../../db/export-repo';
import { useMinute } from '../../db/use-minute';
import { plural } from './export-messages';
import { ExportMenu } from './ExportMenu';
import { useExportActions } from './use-export-actions';

function aheadHint(upcoming: number, cancelled: number): string {
  const count =
    upcoming === 0 ? 'No interviews scheduled ahead' : `${plural(upcoming, 'interview')} ahead`;
  return cancelled === 0 ? count : `${count} · ${plural(cancelled, 'cancellation')}`;
}

export function RoleExportMenu({ role }: { role: Role }) {
  const actions = useExportActions();
  const db = useDb();
  const now = useMinute();
  // Interviews to come (the count shown), and cancelled ones still ahead: those go in
  // the file too, so a calendar that has them drops them.
  const ahead = useLiveQuery(async () => {
    const stages = (await loadCalendarItems(db, { now, roleId: role.id })).map(
      (item) => item.stage,
    );
    const cancelled = stages.filter((stage) => stage.status === 'cancelled').length;
    return { upcoming: stages.length - cancelled, cancelled };
  }, [db, now, role.id]);
  return (
    <ExportMenu
      label="Export"
      items={[
        { label: 'Save as Markdown…', run: () => void actions.saveRole(role.id) },
        { label: 'Copy as Markdown', run: () => void actions.copyRole(role.id) },
        {
          label: 'Add upcoming interviews to calendar (.ics)',
          run: () => void actions.saveCalendar({ label: role.title, roleId: role.id }),
          // Unknown while loading: enabled, and the action itself says if there are none.
          disabled: ahead !== undefined && ahead.upcoming + ahead.cancelled === 0,
          ...(ahead === undefined ? {} : { hint: aheadHint(ahead.upcoming, ahead.cancelled) }),
        },
      ]}
    />
  );
}
