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

const loaders = {
  exportCommands: () =>
    import('../features/export/GlobalExportCommands').then((m) => m.GlobalExportCommands),
  shortcuts: () => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog),
  palette: () => import('../features/search/SearchPalette').then((m) => m.SearchPalette),
  backup: () => import('../features/backup/BackupCenter').then((m) => m.BackupCenter),
};

const GlobalExportCommands = lazy(async () => ({ default: await loaders.exportCommands() }));
const ShortcutsDialog = lazy(async () => ({ default: await loaders.shortcuts() }));
const SearchPalette = lazy(async () => ({ default: await loaders.palette() }));
const BackupCenter = lazy(async () => ({ default: await loaders.backup() }));

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
      <DeferredPart part={SearchPalette} commands={['open-search']} />
      <DeferredPart
        part={BackupCenter}
        commands={['back-up', 'restore-backup']}
        subscribe={onBackupDialogWanted}
      />
    </>
  );
}
