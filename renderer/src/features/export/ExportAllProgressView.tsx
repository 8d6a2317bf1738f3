/** How far "Export all" has got, for the toolbar and the floating panel. */
import { ProgressMeter } from '../../components/ProgressMeter';
import type { ExportAllProgress } from './export-all-job';
import { plural } from './export-messages';

export function progressLabel({ phase, done, total }: ExportAllProgress): string {
  if (phase === 'saving') return `Saving ${plural(total, 'file')}…`;
  if (phase === 'writing') return `Writing files: ${String(done)} of ${String(total)}`;
  return total === 0 ? 'Reading roles…' : `Reading roles: ${String(done)} of ${String(total)}`;
}

export function ExportAllProgressView({ progress }: { progress: ExportAllProgress }) {
  return (
    <div className="export-progress">
      <ProgressMeter label={progressLabel(progress)} value={progress.done} max={progress.total} />
    </div>
  );
}
