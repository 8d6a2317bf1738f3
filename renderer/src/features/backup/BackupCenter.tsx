/**
 * Always mounted in the app shell: File → Back Up… and File → Restore… (menu or keys),
 * the Sidebar's Backup & restore entry, and the daily automatic backup.
 */
import { useEffect } from 'react';
import { useAppCommand } from '../../services/commands';
import { BackupDialog } from './BackupDialog';
import { onOpenBackupDialog } from './open-backup-dialog';
import { RestoreConfirm } from './RestoreConfirm';
import { useBackupCenter } from './use-backup-center';
import { useDailyBackup } from './use-daily-backup';

export function BackupCenter() {
  const center = useBackupCenter();
  const { show, backUp, chooseRestore, refreshInfo } = center;
  useAppCommand('back-up', () => {
    void backUp();
  });
  useAppCommand('restore-backup', () => {
    void chooseRestore();
  });
  useEffect(() => onOpenBackupDialog(show), [show]);
  useDailyBackup(() => {
    void refreshInfo();
  });

  return (
    <>
      <BackupDialog center={center} />
      <RestoreConfirm center={center} />
    </>
  );
}
