/** The kept automatic backups, newest first, each with its own Restore…. */
import type { AutoBackupEntry } from '../../../../shared/ipc/channels';
import type { AutoBackupsState } from './use-backup-center';
import { formatBackupDate, formatSize, reasonLabel } from './backup-text';

interface Props {
  state: AutoBackupsState;
  /** A backup or restore is running: nothing else may start. */
  busy: boolean;
  onRestore: (entry: AutoBackupEntry) => void;
}

export function AutoBackupList({ state, busy, onRestore }: Props) {
  if (state.status === 'loading') return null;
  if (state.status === 'unavailable') {
    return <p className="muted">The automatic backups could not be listed: {state.error}</p>;
  }
  // The empty state is said by the summary above ("None yet: …").
  if (state.entries.length === 0) return null;
  return (
    <ul className="auto-backup-list" aria-label="Kept automatic backups">
      {state.entries.map((entry) => {
        const when = formatBackupDate(entry.at);
        return (
          <li key={entry.id} className="auto-backup-item">
            <span className="auto-backup-when">{when}</span>
            <span className="auto-backup-meta">
              {reasonLabel(entry.reason)} · {formatSize(entry.size)}
            </span>
            <button
              type="button"
              className="button auto-backup-restore"
              disabled={busy}
              aria-label={`Restore the backup from ${when}…`}
              onClick={() => {
                onRestore(entry);
              }}
            >
              Restore…
            </button>
          </li>
        );
      })}
    </ul>
  );
}
