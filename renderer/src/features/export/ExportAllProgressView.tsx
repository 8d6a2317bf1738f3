/** How far "Export all" has got, for the toolbar and the floating panel, with its Cancel. */
import { ProgressMeter } from '../../components/ProgressMeter';
import { cancelExportAll, type ExportAllProgress } from './export-all-job';
import { plural } from './plural';

export function progressLabel({ phase, done, total, cancelling }: ExportAllProgress): string {
  if (cancelling) return 'Cancelling…';
  if (phase === 'saving') return `Saving ${plural(total, 'file')}…`;
  if (phase === 'writing') return `Writing files: ${String(done)} of ${String(total)}`;
  return total === 0 ? 'Reading roles…' : `Reading roles: ${String(done)} of ${String(total)}`;
}

export function ExportAllProgressView({ progress }: { progress: ExportAllProgress }) {
  return (
    <div className="export-progress">
      <ProgressMeter label={progressLabel(progress)} value={progress.done} max={progress.total} />
      {/* Once saving, the files are complete: the platform finishes (or its dialog asks). */}
      {progress.phase !== 'saving' && !progress.cancelling && (
        <button type="button" className="button button-small" onClick={cancelExportAll}>
          Cancel export
        </button>
      )}
    </div>
  );
}
