/**
 * Archiving and unarchiving a role from anywhere (its header, a Roles table row): the
 * change, a notice saying what happened, and Undo in that notice, which puts the role
 * back the way it was (and logs that too, so the Activity tab tells the whole story).
 */
import { useCallback } from 'react';
import { useDb } from '../../db/db-context';
import { setRoleArchived } from '../../db/role-state-repo';
import { useNotify } from '../../components/notices';

/** Resolves to whether the change was saved. */
export type SetArchived = (roleId: string, title: string, archived: boolean) => Promise<boolean>;

export function useArchiveCommand(): SetArchived {
  const db = useDb();
  const notify = useNotify();

  return useCallback<SetArchived>(
    async (roleId, title, archived) => {
      const change = async (to: boolean) => {
        try {
          const result = await setRoleArchived(db, roleId, to);
          if (!result.ok) notify(`Could not change “${title}”: ${result.error}`, 'error');
          return result.ok;
        } catch (error) {
          notify(`Could not change “${title}”: ${String(error)}`, 'error');
          return false;
        }
      };
      if (!(await change(archived))) return false;
      notify(archived ? `Archived “${title}”.` : `Unarchived “${title}”.`, 'info', {
        label: 'Undo',
        run: async () => {
          if (await change(!archived)) {
            notify(archived ? `“${title}” is back in your roles.` : `Archived “${title}” again.`);
          }
        },
      });
      return true;
    },
    [db, notify],
  );
}
