/**
 * The shell's always-mounted dialogs, each in its own chunk: none is needed to show the
 * first screen, so they mount once it is idle, or at once when asked for (DeferredPart).
 */
import { lazy, useEffect } from 'react';
import { onBackupDialogWanted } from '../features/backup/open-backup-dialog';
import { prefetchImport } from '../features/import/ImportProvider';
import { afterFirstScreen } from '../services/first-screen';
import { DeferredPart } from './DeferredPart';
import { prefetchScreens } from './lazy-screens';

const GlobalExportCommands = lazy(() =>
  import('../features/export/GlobalExportCommands').then((m) => ({
    default: m.GlobalExportCommands,
  })),
);
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
const SearchPalette = lazy(() =>
  import('../features/search/SearchPalette').then((m) => ({ default: m.SearchPalette })),
);
const BackupCenter = lazy(() =>
  import('../features/backup/BackupCenter').then((m) => ({ default: m.BackupCenter })),
);
const Reminders = lazy(() =>
  import('../features/reminders/Reminders').then((m) => ({ default: m.Reminders })),
);

/**
 * The reminders' scheduler and the list of those missed while closed, in the content
 * area above the screen: they start once the first screen is up.
 */
export function DeferredReminders() {
  return <DeferredPart part={Reminders} commands={[]} />;
}

export function ShellParts() {
  // The other screens' and the New role dialog's code, fetched ahead so a first use
  // rarely waits for it.
  useEffect(
    () =>
      afterFirstScreen(() => {
        void prefetchScreens().then(prefetchImport);
      }),
    [],
  );
  return (
    <>
      <DeferredPart part={GlobalExportCommands} commands={['export-all-roles']} />
      <DeferredPart part={ShortcutsDialog} commands={['show-shortcuts']} />
      <DeferredPart part={SearchPalette} commands={['open-search']} />
      <DeferredPart
        part={BackupCenter}
        commands={['back-up', 'restore-backup']}
        subscribe={onBackupDialogWanted}
      />
    </>
  );
}
