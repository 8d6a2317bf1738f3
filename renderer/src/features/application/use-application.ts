/**
 * Live queries and commands for a role's applications and activity. Commands report
 * failures as notices and resolve to whether the change was saved, so a control can
 * put back a value the user chose optimistically.
 */
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity, Application, ApplicationStatus } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { listActivities } from '../../db/activities-repo';
import {
  listApplications,
  reapply,
  setApplicationStatus,
  updateApplication,
  type ApplicationResult,
  type NewApplicationStatus,
} from '../../db/applications-repo';
import { useNotify } from '../../components/notices';

/** A role's applications: the current (newest) one and the earlier ones, newest first. */
export interface RoleApplications {
  current: Application | null;
  earlier: Application[];
}

export function useRoleApplications(roleId: string): RoleApplications | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [current, ...earlier] = await listApplications(db, roleId);
    return { current: current ?? null, earlier };
  }, [db, roleId]);
}

/** The role's activity log, newest first. */
export function useActivities(roleId: string): Activity[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivities(db, roleId), [db, roleId]);
}

export interface ApplicationCommands {
  setStatus: (applicationId: string, status: ApplicationStatus) => Promise<boolean>;
  /** `patch` is validated by the repository; a rejected value shows why. */
  update: (applicationId: string, patch: Record<string, unknown>) => Promise<boolean>;
  reapply: (roleId: string, status: NewApplicationStatus) => Promise<boolean>;
}

export function useApplicationCommands(): ApplicationCommands {
  const db = useDb();
  const notify = useNotify();

  const run = useCallback(
    async (what: string, action: () => Promise<ApplicationResult<unknown>>) => {
      try {
        const result = await action();
        if (!result.ok) notify(`${what}: ${result.error}`, 'error');
        return result.ok;
      } catch (error) {
        notify(`${what}: ${String(error)}`, 'error');
        return false;
      }
    },
    [notify],
  );

  const setStatus = useCallback(
    (applicationId: string, status: ApplicationStatus) =>
      run('The status could not be changed', () => setApplicationStatus(db, applicationId, status)),
    [db, run],
  );
  const update = useCallback(
    (applicationId: string, patch: Record<string, unknown>) =>
      run('The change could not be saved', () => updateApplication(db, applicationId, patch)),
    [db, run],
  );
  const startNew = useCallback(
    (roleId: string, status: NewApplicationStatus) =>
      run('Could not start a new application', () => reapply(db, roleId, status)),
    [db, run],
  );
  return { setStatus, update, reapply: startNew };
}
