/** App navigation, with a reminder that everything stays on this machine. */
import { useRoleCount } from '../db/hooks';
import { openBackupDialog } from '../features/backup/open-backup-dialog';
import { dispatchAppCommand } from './commands';
import { AGENDA_HREF, ROLES_HREF, useRoute } from './routes';

export function Sidebar() {
  const route = useRoute();
  const roleCount = useRoleCount();
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ✓
        </span>
        <span className="brand-name">Shortlist</span>
      </div>
      <nav aria-label="Main" className="nav">
        <a
          href={ROLES_HREF}
          className={route.name === 'role' ? 'nav-item nav-item-within' : 'nav-item'}
          aria-current={route.name === 'roles' ? 'page' : undefined}
        >
          <span>Roles</span>
          {roleCount !== undefined && <span className="nav-count">{roleCount}</span>}
        </a>
        <a
          href={AGENDA_HREF}
          className="nav-item"
          aria-current={route.name === 'agenda' ? 'page' : undefined}
        >
          <span>Agenda</span>
        </a>
      </nav>
      <div className="sidebar-footer">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            dispatchAppCommand('show-shortcuts');
          }}
        >
          Keyboard shortcuts
        </button>
        <button type="button" className="link-button backup-link" onClick={openBackupDialog}>
          Backup &amp; restore
        </button>
        <p>Offline · your data stays on this device</p>
      </div>
    </aside>
  );
}
