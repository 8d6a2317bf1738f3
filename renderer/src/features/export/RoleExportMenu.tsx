/** The Role header's "Export" menu: the role as Markdown (saved or copied), its interviews as .ics. */
import type { Role } from '../../../../shared/domain/model';
import { ExportMenu } from './ExportMenu';
import { useExportActions } from './use-export-actions';

export function RoleExportMenu({ role }: { role: Role }) {
  const actions = useExportActions();
  return (
    <ExportMenu
      label="Export"
      items={[
        { label: 'Save as Markdown…', run: () => void actions.saveRole(role.id) },
        { label: 'Copy as Markdown', run: () => void actions.copyRole(role.id) },
        {
          label: 'Add upcoming interviews to calendar (.ics)',
          run: () => void actions.saveCalendar({ label: role.title, roleId: role.id }),
        },
      ]}
    />
  );
}
