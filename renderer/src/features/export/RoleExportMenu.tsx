/** The Role header's "Export" menu: the role as Markdown (saved or copied), its interviews as .ics. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { listUpcomingStages } from '../../db/stages-repo';
import { useMinute } from '../../db/use-minute';
import { plural } from './export-messages';
import { ExportMenu } from './ExportMenu';
import { useExportActions } from './use-export-actions';

export function RoleExportMenu({ role }: { role: Role }) {
  const actions = useExportActions();
  const db = useDb();
  const now = useMinute();
  const upcoming = useLiveQuery(
    async () => (await listUpcomingStages(db, now)).filter((s) => s.roleId === role.id).length,
    [db, now, role.id],
  );
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
          disabled: upcoming === 0,
          ...(upcoming === undefined
            ? {}
            : {
                hint:
                  upcoming === 0
                    ? 'No interviews scheduled ahead'
                    : `${plural(upcoming, 'interview')} ahead`,
              }),
        },
      ]}
    />
  );
}
