/** File → Export Role… (or its shortcut) while a role is open: save it as Markdown. */
import { useAppCommand } from '../../services/commands';
import { useExportActions } from './use-export-actions';

export function useExportRoleCommand(roleId: string): void {
  const actions = useExportActions();
  useAppCommand('export-role', () => {
    void actions.saveRole(roleId);
  });
}
