/** Before a restore: what the backup is and, per kind of record, now versus after. */
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { BackupCenterState } from './use-backup-center';
import { changeSummary, formatBackupDate, SHOWN_TABLES, tableLabel } from './backup-text';

export function RestoreConfirm({ center }: { center: BackupCenterState }) {
  const { phase, cancelRestore, confirmRestore } = center;
  const pending = phase.name === 'confirm' ? phase : null;
  const unsealed = pending?.backup.unsealed === true;
  return (
    <ConfirmDialog
      open={pending !== null}
      title="Replace all data with this backup?"
      confirmLabel={unsealed ? 'Restore anyway' : 'Replace all data'}
      destructive
      onConfirm={() => void confirmRestore()}
      onCancel={cancelRestore}
    >
      {pending && (
        <div className="restore-confirm">
          <p>
            “{pending.fileName}” was made {formatBackupDate(pending.backup.header.createdAt)}
            {pending.backup.header.appVersion
              ? ` by Shortlist ${pending.backup.header.appVersion}`
              : ''}
            . Restoring replaces everything now in Shortlist with it. Your current data is saved as
            an automatic backup first.
          </p>
          {unsealed && (
            <p className="restore-unsealed" role="note">
              This file has no checksum (older versions of Shortlist did not write one), so
              Shortlist cannot tell whether it was changed since it was made. Restore it only if you
              trust where it came from.
            </p>
          )}
          <table className="backup-counts">
            <caption className="visually-hidden">
              Records now and in the backup, and what restoring it changes
            </caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Now</th>
                <th scope="col">In the backup</th>
                <th scope="col">What changes</th>
              </tr>
            </thead>
            <tbody>
              {SHOWN_TABLES.map((name) => (
                <tr key={name}>
                  <th scope="row">{tableLabel(name)}</th>
                  <td>{pending.current[name].toLocaleString()}</td>
                  <td>{pending.backup.counts[name].toLocaleString()}</td>
                  <td className="backup-changes">{changeSummary(pending.changes[name])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConfirmDialog>
  );
}
