/**
 * "Export all…" on the Roles toolbar: every role as Markdown, one file each plus an
 * index, shown with progress. The button stays focusable while it runs (aria-disabled),
 * so keyboard focus is not lost to the page.
 */
import { useEffect } from 'react';
import { dispatchAppCommand } from '../../services/commands';
import { addExportAllDisplay, useExportAllProgress } from './export-all-job';
import { ExportAllProgressView } from './ExportAllProgressView';

export function ExportAllButton() {
  const progress = useExportAllProgress();
  // While this button shows progress, the floating panel stays hidden.
  useEffect(() => addExportAllDisplay(), []);
  const running = progress !== null;

  return (
    <div className="export-all">
      <button
        type="button"
        className="button"
        aria-disabled={running || undefined}
        title="Save every role as Markdown: one file each, plus index.md"
        onClick={() => {
          // The same job as File → Export All Roles…, whose code (Markdown, zip) loads
          // with its first use or once the first screen is idle (GlobalExportCommands).
          if (!running) dispatchAppCommand('export-all-roles');
        }}
      >
        Export all…
      </button>
      <div role="status" className="export-all-status">
        {progress && <ExportAllProgressView progress={progress} />}
      </div>
    </div>
  );
}
