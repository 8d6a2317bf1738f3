/**
 * The Roles screen's view state: the search (through the global index), the status
 * filter, and the remembered column visibility.
 */
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { APPLICATION_EXITS, type ApplicationStatus } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import type { RoleSummary } from '../../db/roles-repo';
import { getRoleSearch } from '../../db/search-index';
import { getSetting, setSetting } from '../../db/settings-repo';
import { DEFAULT_COLUMN_VISIBILITY } from './roles-columns';

/** "all", "active" (not closed), or one status. */
export type StatusFilter = 'all' | 'active' | ApplicationStatus;

const CLOSED = new Set<ApplicationStatus>([...APPLICATION_EXITS, 'accepted']);
const VISIBILITY_KEY = 'rolesTable.columnVisibility';
/**
 * The stored column choices: column id → shown. Checked by hand rather than with zod:
 * the Roles table is the first screen, and the schema library loads only with the
 * screens that edit (a shared chunk would bring all of it here).
 */
const visibilitySchema = {
  safeParse(value: unknown): { success: true; data: ColumnVisibilityState } | { success: false } {
    const valid =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((shown) => typeof shown === 'boolean');
    return valid ? { success: true, data: value as ColumnVisibilityState } : { success: false };
  },
};
// The index answers in milliseconds: search on every change (an older answer is dropped).
const SEARCH_DEBOUNCE_MS = 0;

export function matchesStatus(status: ApplicationStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return !CLOSED.has(status);
  return status === filter;
}

/** Role ids matching the query, or null when there is no query. */
function useSearchMatches(query: string, roles: RoleSummary[] | undefined): Set<string> | null {
  const db = useDb();
  const [matches, setMatches] = useState<{ query: string; ids: Set<string> } | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void getRoleSearch(db)
        .search(trimmed)
        .then((ids) => {
          if (!cancelled) setMatches({ query: trimmed, ids });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `roles` changes when any role data changes: search again so results stay current.
  }, [db, trimmed, roles]);
  if (!trimmed) return null;
  // Until the first answer for this query arrives, keep showing the previous one.
  return matches?.ids ?? null;
}

export function useRolesView(roles: RoleSummary[] | undefined) {
  const db = useDb();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const stored = useLiveQuery(
    () => getSetting(db, VISIBILITY_KEY, visibilitySchema, DEFAULT_COLUMN_VISIBILITY),
    [db],
  );
  // Shown at once; the stored copy catches up (and is what the next launch reads).
  const [chosen, setChosen] = useState<ColumnVisibilityState | null>(null);
  const columnVisibility: ColumnVisibilityState = chosen ?? stored ?? DEFAULT_COLUMN_VISIBILITY;
  const setColumnVisibility = (next: ColumnVisibilityState) => {
    setChosen(next);
    // Shown either way; when it cannot be kept (storage full) it lasts this session only.
    setSetting(db, VISIBILITY_KEY, next).catch((error: unknown) => {
      console.warn('The column choice was not saved:', error);
    });
  };

  const matches = useSearchMatches(query, roles);
  const visible = useMemo(
    () =>
      (roles ?? []).filter(
        (role) => matchesStatus(role.status, status) && (!matches || matches.has(role.id)),
      ),
    [roles, status, matches],
  );

  return { query, setQuery, status, setStatus, columnVisibility, setColumnVisibility, visible };
}
