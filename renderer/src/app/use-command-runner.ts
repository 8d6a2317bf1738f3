/**
 * One place that carries out a command, whether it came from the native menu (desktop)
 * or from a key press (the browser build, which has no native menu).
 */
import { useCallback, useEffect } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { matchShortcut } from '../../../shared/domain/shortcuts';
import { usePlatform } from '../platform';
import { useRestoreSamples } from '../features/roles/use-restore-samples';
import { useNotify } from '../components/notices';
import { dispatchAppCommand } from '../services/commands';
import {
  AGENDA_HREF,
  BOARD_HREF,
  CONTACTS_HREF,
  INSIGHTS_HREF,
  navigate,
  ROLES_HREF,
  STORIES_HREF,
} from '../services/routes';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function useCommandRunner(): (command: MenuCommand) => void {
  const restoreSamples = useRestoreSamples();
  const notify = useNotify();
  return useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'restore-sample-roles':
          void restoreSamples();
          return;
        case 'show-roles':
          navigate(ROLES_HREF);
          return;
        case 'show-agenda':
          navigate(AGENDA_HREF);
          return;
        case 'show-board':
          navigate(BOARD_HREF);
          return;
        case 'show-stories':
          navigate(STORIES_HREF);
          return;
        case 'show-contacts':
          navigate(CONTACTS_HREF);
          return;
        case 'show-insights':
          navigate(INSIGHTS_HREF);
          return;
        case 'focus-search':
          // The search palette, over whatever screen is showing.
          dispatchAppCommand('open-search');
          return;
        case 'new-note':
        case 'next-tab':
        case 'previous-tab':
        case 'show-shortcuts':
        case 'new-role':
        case 'open-posting':
        case 'export-all-roles':
        case 'back-up':
        case 'restore-backup':
          dispatchAppCommand(command);
          return;
        case 'export-role':
          // Handled by the Role screen; anywhere else there is no role to export.
          if (!dispatchAppCommand(command)) notify('Open a role to export it.', 'info');
          return;
        case 'archive-role':
          // Handled by the open role's header.
          if (!dispatchAppCommand(command)) notify('Open a role to archive it.', 'info');
          return;
        default:
          assertNever(command, 'command');
      }
    },
    [restoreSamples, notify],
  );
}

/** Wires native menu commands and, without a native menu, the keyboard shortcuts. */
export function useCommands(): void {
  const platform = usePlatform();
  const run = useCommandRunner();

  useEffect(() => platform.onMenuCommand(run), [platform, run]);

  useEffect(() => {
    // The desktop menu owns the accelerators; handling them here too would run them twice.
    if (platform.kind === 'desktop') return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = matchShortcut(event, isMac);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [platform, run]);
}
