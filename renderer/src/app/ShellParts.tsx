/**
 * The shell's always-mounted dialogs (and the reminders). All but the search palette come
 * in their own chunk:
 * none is needed to show the first screen, so they mount once it is idle, or at once
 * when asked for (DeferredPart).
 */
import { lazy, useEffect } from 'react';
import { onBackupDialogWanted } from '../features/backup/open-backup-dialog';
import { prefetchImport } from '../features/import/ImportProvider';
// Not deferred: what is typed right after Ctrl+K must land in its box, never be lost
// while its code loads.
import { SearchPalette } from '../features/search/SearchPalette';
import { afterFirstScreen } from '../services/first-screen';
import { DeferredPart } from './DeferredPart';
import { prefetchScreens } from './lazy-screens';

const loaders = {
  exportCommands: () =>
    import('../features/export/GlobalExportCommands').then((m) => m.GlobalExportCommands),
  shortcuts: () => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog),
  backup: () => import('../features/backup/BackupCenter').then((m) => m.BackupCenter),
  reminders: () => import('../features/reminders/Reminders').then((m) => m.Reminders),
};

const GlobalExportCommands = lazy(async () => ({ default: await loaders.exportCommands() }));
const ShortcutsDialog = lazy(async () => ({ default: await loaders.shortcuts() }));
const BackupCenter = lazy(async () => ({ default: await loaders.backup() }));
const Reminders = lazy(async () => ({ default: await loaders.reminders() }));

/** Loads every part's code now (tests that drive the whole app start with it loaded). */
export function loadShellParts(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
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
      <SearchPalette />
      <DeferredPart
        part={BackupCenter}
        commands={['back-up', 'restore-backup']}
        subscribe={onBackupDialogWanted}
      />
    </>
  );
}

/**
 * The reminders' scheduler and the list of those missed while the app was closed. It
 * reads the Agenda and its settings (with zod), none of which the first screen needs.
 */
export function DeferredReminders() {
  return <DeferredPart part={Reminders} commands={[]} />;
}
