/**
 * The Roles table's row action: archive the role (or unarchive it, when archived roles
 * are shown), with Undo in the notice that follows.
 */
import { useArchiveCommand } from '../role/use-archive-command';

interface ArchiveRowButtonProps {
  roleId: string;
  title: string;
  archived: boolean;
}

export function ArchiveRowButton({ roleId, title, archived }: ArchiveRowButtonProps) {
  const setArchived = useArchiveCommand();
  const action = archived ? 'Unarchive' : 'Archive';
  return (
    <button
      type="button"
      className="icon-button row-action"
      aria-label={`${action} ${title}`}
      title={`${action} this role`}
      onClick={() => void setArchived(roleId, title, !archived)}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <rect x="2.5" y="3.5" width="15" height="4" rx="1" fill="none" stroke="currentColor" />
        <path d="M4 7.5v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-8" fill="none" stroke="currentColor" />
        {archived ? (
          <path d="M10 15V10m-2.5 2.5L10 10l2.5 2.5" fill="none" stroke="currentColor" />
        ) : (
          <path d="M8 10.5h4" fill="none" stroke="currentColor" strokeLinecap="round" />
        )}
      </svg>
    </button>
  );
}
