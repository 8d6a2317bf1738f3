/**
 * App navigation, with a reminder that everything stays on this machine. Under 1,000 px
 * it is a compact rail of icons, and under 761 px a top bar (shell-narrow.css).
 */
import { useRoleCount } from '../db/hooks';
import { openBackupDialog } from '../features/backup/open-backup-dialog';
import { dispatchAppCommand } from '../services/commands';
import { NavIcon } from './NavIcon';
import {
  AGENDA_HREF,
  BOARD_HREF,
  CONTACTS_HREF,
  INSIGHTS_HREF,
  ROLES_HREF,
  STORIES_HREF,
  useRoute,
} from '../services/routes';

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
          <NavIcon name="roles" />
          <span className="nav-label">Roles</span>
          {roleCount !== undefined && <span className="nav-count">{roleCount}</span>}
        </a>
        <a
          href={AGENDA_HREF}
          className="nav-item"
          aria-current={route.name === 'agenda' ? 'page' : undefined}
        >
          <NavIcon name="agenda" />
          <span className="nav-label">Agenda</span>
        </a>
        <a
          href={BOARD_HREF}
          className="nav-item"
          aria-current={route.name === 'board' ? 'page' : undefined}
        >
          <NavIcon name="board" />
          <span className="nav-label">Board</span>
        </a>
        <a
          href={STORIES_HREF}
          className={route.name === 'story' ? 'nav-item nav-item-within' : 'nav-item'}
          aria-current={route.name === 'stories' ? 'page' : undefined}
        >
          <NavIcon name="stories" />
          <span className="nav-label">Stories</span>
        </a>
        <a
          href={INSIGHTS_HREF}
          className="nav-item"
          aria-current={route.name === 'insights' ? 'page' : undefined}
        >
          <NavIcon name="insights" />
          <span className="nav-label">Insights</span>
        </a>
        <a
          href={CONTACTS_HREF}
          className="nav-item"
          aria-current={route.name === 'contacts' ? 'page' : undefined}
        >
          <NavIcon name="contacts" />
          <span className="nav-label">Contacts</span>
        </a>
      </nav>
      <div className="sidebar-footer">
        {/* In the rail only the icons show: the title gives sighted users the name too. */}
        <button
          type="button"
          className="link-button footer-link"
          title="Keyboard shortcuts"
          onClick={() => {
            dispatchAppCommand('show-shortcuts');
          }}
        >
          <NavIcon name="shortcuts" />
          <span className="footer-label">Keyboard shortcuts</span>
        </button>
        <button
          type="button"
          className="link-button footer-link backup-link"
          title="Backup & restore"
          onClick={openBackupDialog}
        >
          <NavIcon name="backup" />
          <span className="footer-label">Backup &amp; restore</span>
        </button>
        <p>Offline · your data stays on this device</p>
      </div>
    </aside>
  );
}
