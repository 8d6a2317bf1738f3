/**
 * Live queries for components: each re-renders when the data it reads changes, in this
 * window or another. `undefined` means "still loading"; `null` means "not found".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMinute } from './use-minute';
import type { Application, Posting, Requirement, Role } from '../../../shared/domain/model';
import { useDb } from './db-context';
import { countRoles, getPosting, getRole, listRoleSummaries, type RoleSummary } from './roles-repo';
import { getCurrentApplication } from './current-application';
import { listRequirements } from './requirements-list';
import { listMissingSampleKeys } from './seed';
import { SAMPLE_SEEDS } from './sample-seeds';

/** Role rows; `now` (refreshed each minute) decides which interviews are "next". */
export function useRoleSummaries(): RoleSummary[] | undefined {
  const db = useDb();
  const now = useMinute();
  return useLiveQuery(() => listRoleSummaries(db, now), [db, now]);
}

export function useRole(roleId: string): Role | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getRole(db, roleId)) ?? null, [db, roleId]);
}

export function usePosting(roleId: string): Posting | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getPosting(db, roleId)) ?? null, [db, roleId]);
}

export function useCurrentApplication(roleId: string): Application | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getCurrentApplication(db, roleId)) ?? null, [db, roleId]);
}

export function useRequirements(roleId: string): Requirement[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listRequirements(db, roleId), [db, roleId]);
}

/** Seed keys of sample roles that are currently missing. */
export function useMissingSampleKeys(): string[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listMissingSampleKeys(db, SAMPLE_SEEDS), [db]);
}

/** The number of roles, for navigation badges (a count, not a scan). */
export function useRoleCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => countRoles(db), [db]);
}
