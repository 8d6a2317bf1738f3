/**
 * The role header's Archive / Unarchive button, which File → Archive or Unarchive Role
 * also presses; Undo follows in a notice.
 */
import type { Role } from '../../../../shared/domain/model';
import { useAppCommand } from '../../services/commands';
import { useArchiveCommand } from './use-archive-command';

export function ArchiveRoleButton({ role }: { role: Role }) {
  const setArchived = useArchiveCommand();
  const archived = role.archived === 1;
  useAppCommand('archive-role', () => {
    void setArchived(role.id, role.title, !archived);
  });
  return (
    <button
      type="button"
      className="button"
      title={
        archived
          ? 'Bring this role back to the Roles table, the Board and the Agenda'
          : 'Hide this role from the Roles table, the Board and the Agenda; nothing is deleted'
      }
      onClick={() => void setArchived(role.id, role.title, !archived)}
    >
      {archived ? 'Unarchive' : 'Archive'}
    </button>
  );
}
