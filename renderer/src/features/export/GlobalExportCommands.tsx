/**
 * Handles File → Export All Roles… from anywhere in the app. When no "Export all"
 * button is on screen to show the progress, a small floating panel does.
 */
import { useAppCommand } from '../../services/commands';
import { useExportAllDisplays, useExportAllProgress } from './export-all-job';
import { ExportAllProgressView } from './ExportAllProgressView';
import { useExportAll } from './use-export-all';

export function GlobalExportCommands() {
  const exportAll = useExportAll();
  const progress = useExportAllProgress();
  const displays = useExportAllDisplays();
  useAppCommand('export-all-roles', () => {
    void exportAll();
  });

  if (!progress || displays > 0) return null;
  return (
    <div className="export-progress-float" role="status" aria-label="Exporting all roles">
      <ExportAllProgressView progress={progress} />
    </div>
  );
}
