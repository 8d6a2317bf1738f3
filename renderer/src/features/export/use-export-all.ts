/** Starts the shared export-all job (see export-all-job.ts) with the app's export actions. */
import { useCallback } from 'react';
import { runExportAllJob } from './export-all-job';
import { useExportActions } from './use-export-actions';

export function useExportAll(): () => Promise<void> {
  const actions = useExportActions();
  return useCallback(
    () =>
      runExportAllJob((onProgress, signal) => {
        return actions.saveAll(onProgress, signal);
      }),
    [actions],
  );
}
