/** The "Restore Sample Roles" action, shared by the native menu and the Roles screen. */
import { useCallback } from 'react';
import { announceChange } from '../../db/cross-window';
import { useDb } from '../../db/db-context';
import { loadSamples } from '../../db/sample-seeds';
import { restoreMissingSampleRoles } from '../../db/seed';
import { useNotify } from '../../components/notices';

export function useRestoreSamples(): () => Promise<void> {
  const db = useDb();
  const notify = useNotify();
  return useCallback(async () => {
    try {
      const { added } = await restoreMissingSampleRoles(db, await loadSamples());
      if (added.length > 0) announceChange('samples');
      if (added.length === 0) notify('All sample roles are already here.');
      else
        notify(
          added.length === 1 ? 'Restored 1 sample role.' : `Restored ${added.length} sample roles.`,
        );
    } catch (error) {
      notify(`Could not restore the sample roles: ${String(error)}`, 'error');
    }
  }, [db, notify]);
}
