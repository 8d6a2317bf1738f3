/**
 * App navigation, with a reminder that everything stays on this machine. Under 1,000 px
 * it is a compact rail of icons, and under 761 px a top bar (shell-narrow.css).
 */
import { useRoleCount } from '../db/hooks';
import { openBackupDialog } from '../features/backup/open-backup-dialog';
import { dispatchAppCommand } from '../services/commands';
import { NavIcon, type NavIconName } from './NavIcon';
import {
  AGENDA_HREF,
  BOARD_HREF,
  CONTACTS_HREF,
  INSIGHTS_HREF,
  ROLES_HREF,
  STORIES_HREF,
  useRoute,
  type Route,
} from '../services/routes';

/** A screen in the sidebar: `route` is the screen itself, `within` a page inside it. */
interface SidebarScreen {
  label: string;
  href: string;
  icon: NavIconName;
  route: Route['name'];
  within?: Route['name'];
}

const SCREENS: readonly SidebarScreen[] = [
  { label: 'Roles', href: ROLES_HREF, icon: 'roles', route: 'roles', within: 'role' },
  { label: 'Agenda', href: AGENDA_HREF, icon: 'agenda', route: 'agenda' },
  { label: 'Board', href: BOARD_HREF, icon: 'board', route: 'board' },
  { label: 'Stories', href: STORIES_HREF, icon: 'stories', route: 'stories', within: 'story' },
  { label: 'Insights', href: INSIGHTS_HREF, icon: 'insights', route: 'insights' },
  { label: 'Contacts', href: CONTACTS_HREF, icon: 'contacts', route: 'contacts' },
];

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
        {SCREENS.map((screen) => (
          <a
            key={screen.href}
            href={screen.href}
            className={route.name === screen.within ? 'nav-item nav-item-within' : 'nav-item'}
            aria-current={route.name === screen.route ? 'page' : undefined}
          >
            <NavIcon name={screen.icon} />
            <span className="nav-label">{screen.label}</span>
            {screen.route === 'roles' && roleCount !== undefined && (
              <span className="nav-count">{roleCount}</span>
            )}
          </a>
        ))}
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
