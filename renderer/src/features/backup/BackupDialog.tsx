/** Backup & restore: where automatic backups are, Back up now…, Restore from backup…. */
import { ModalDialog } from '../../components/ModalDialog';
import { ProgressMeter } from '../../components/ProgressMeter';
import type { BackupInfoState, BackupPhase, BackupCenterState } from './use-backup-center';
import { AutoBackupList } from './AutoBackupList';
import { formatBackupDate } from './backup-text';

function AutoBackupInfo({ info }: { info: BackupInfoState }) {
  switch (info.status) {
    case 'loading':
      return <p className="muted">Looking for automatic backups…</p>;
    case 'unavailable':
      return <p className="muted">Automatic backups are not kept here: {info.error}</p>;
    case 'ready': {
      const { folder, count, latestAt } = info.info;
      return (
        <>
          <p className="muted">
            Shortlist backs up everything each day, before every upgrade and before every restore,
            keeping the newest 14, in:
          </p>
          <p className="backup-folder">{folder}</p>
          <p className="muted">
            {latestAt === null
              ? 'None yet: the first is made shortly after Shortlist starts.'
              : `${count.toLocaleString()} kept; the newest from ${formatBackupDate(latestAt)}.`}
          </p>
        </>
      );
    }
  }
}

function records(done: number, total: number): string {
  return `${done.toLocaleString()} of ${total.toLocaleString()} records`;
}

function PhaseProgress({ phase }: { phase: BackupPhase }) {
  switch (phase.name) {
    case 'backing-up':
      return (
        <ProgressMeter
          label={`Backing up… ${records(phase.progress.done, phase.progress.total)}`}
          value={phase.progress.done}
          max={phase.progress.total}
        />
      );
    case 'restoring':
      return (
        <ProgressMeter
          label={`Restoring… ${records(phase.progress.done, phase.progress.total)}`}
          value={phase.progress.done}
          max={phase.progress.total}
        />
      );
    case 'checking':
      return <span className="progress-label">Checking the file…</span>;
    case 'idle':
    case 'confirm':
      return null;
  }
}

export function BackupDialog({ center }: { center: BackupCenterState }) {
  const { open, phase, outcome, info, autoBackups, close, backUp, chooseRestore } = center;
  const { restoreAutoBackup, cancelBackup } = center;
  const busy = phase.name !== 'idle' && phase.name !== 'confirm';
  return (
    <ModalDialog
      open={open}
      title="Backup & restore"
      onClose={close}
      className="backup-dialog"
      actions={
        <button type="button" className="button" onClick={close} disabled={busy}>
          Close
        </button>
      }
    >
      <section className="backup-section" aria-label="Automatic backups">
        <h3>Automatic backups</h3>
        <AutoBackupInfo info={info} />
        <AutoBackupList
          state={autoBackups}
          busy={busy}
          onRestore={(entry) => void restoreAutoBackup(entry)}
        />
      </section>
      <section className="backup-section" aria-label="Back up or restore">
        <h3>Back up or restore</h3>
        <p className="muted">
          A backup is one file with all your roles, checklists, interviews and notes. Restoring one
          replaces everything in Shortlist, after showing you what will change.
        </p>
        <div className="backup-buttons">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void backUp()}
          >
            Back up now…
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void chooseRestore()}
          >
            Restore from backup…
          </button>
        </div>
        <div className="backup-progress-row">
          <div className="backup-progress" aria-live="polite">
            <PhaseProgress phase={phase} />
          </div>
          {phase.name === 'backing-up' && (
            <button type="button" className="button button-small" onClick={cancelBackup}>
              Cancel backup
            </button>
          )}
        </div>
        <div role="alert" className="backup-outcome-region">
          {outcome?.tone === 'error' && <p className="backup-outcome-error">{outcome.text}</p>}
        </div>
        <div role="status" className="backup-outcome-region">
          {outcome?.tone === 'info' && <p className="backup-outcome-info">{outcome.text}</p>}
        </div>
      </section>
    </ModalDialog>
  );
}
