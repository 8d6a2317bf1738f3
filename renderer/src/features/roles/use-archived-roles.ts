/**
 * Archived roles for the Roles screen: always their count (a count, not a read), and
 * their rows only while "Show archived" is on, so the table of tracked roles reads
 * nothing more for them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '../../db/db-context';
import { countArchivedRoles, listRoleSummaries, type RoleSummary } from '../../db/roles-repo';
import { useMinute } from '../../db/use-minute';

const NONE: RoleSummary[] = [];

export function useArchivedRoles() {
  const db = useDb();
  const now = useMinute();
  const [shown, setShown] = useState(false);
  const count = useLiveQuery(() => countArchivedRoles(db), [db], 0);
  const rows = useLiveQuery(
    async () => (shown ? listRoleSummaries(db, now, { archived: 'only' }) : NONE),
    [db, now, shown],
    NONE,
  );
  // With none left archived the toggle goes, and the next archived role starts hidden.
  const showing = shown && count > 0;
  if (shown && count === 0 && rows.length === 0) setShown(false);
  return { count, shown: showing, setShown, rows: showing ? rows : NONE };
}
