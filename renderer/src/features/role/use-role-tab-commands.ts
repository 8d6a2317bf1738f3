/** Keyboard/menu commands on a role: next and previous tab, and "new note". */
import { queueAppCommand, useAppCommand } from '../../services/commands';

export const ROLE_TABS = [
  'checklist',
  'interviews',
  'notes',
  'contacts',
  'posting',
  'activity',
] as const;
export type RoleTab = (typeof ROLE_TABS)[number];

function step(tab: RoleTab, by: number): RoleTab {
  const index = ROLE_TABS.indexOf(tab);
  return ROLE_TABS[(index + by + ROLE_TABS.length) % ROLE_TABS.length] ?? tab;
}

export function useRoleTabCommands(tab: RoleTab, setTab: (tab: RoleTab) => void): void {
  useAppCommand('next-tab', () => {
    setTab(step(tab, 1));
  });
  useAppCommand('previous-tab', () => {
    setTab(step(tab, -1));
  });
  useAppCommand('new-note', () => {
    // On the Notes tab its own handler creates the note; elsewhere, go there first and
    // hand the command to the Notes tab once it has mounted.
    if (tab === 'notes') return;
    setTab('notes');
    queueAppCommand('new-note');
  });
}
