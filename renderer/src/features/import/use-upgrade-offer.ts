/**
 * The "N new requirements found" offer of one role: counted once the role screen has
 * painted (off the critical path, read only), again whenever the role's recorded parser
 * version changes, and answered with "Not now" for the current parser version.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import {
  countUpgradeOffer,
  recordedParserVersion,
  recordParserVersion,
} from '../../db/parser-upgrade-repo';

export interface UpgradeOffer {
  /** New requirements to offer: null while counting, 0 for none. */
  count: number | null;
  /** "Not now": not offered again for this parser version. */
  dismiss: () => Promise<void>;
}

/** Runs `task` when the browser is idle (soon after the first paint), cancellably. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(task, 0);
  return () => {
    clearTimeout(timer);
  };
}

export function useUpgradeOffer(roleId: string): UpgradeOffer {
  const db = useDb();
  // Live: a re-parse applied (here or from the Posting tab) or "Not now" records the
  // version, and the offer is counted again — to 0, without a parse.
  const recorded = useLiveQuery(() => recordedParserVersion(db, roleId), [db, roleId]);
  const [result, setResult] = useState<{ roleId: string; recorded: number; count: number }>();

  useEffect(() => {
    if (recorded === undefined) return;
    let current = true;
    const cancel = whenIdle(() => {
      countUpgradeOffer(db, roleId)
        // A count that fails offers nothing: Re-parse posting still does the job.
        .catch(() => 0)
        .then((count) => {
          if (current) setResult({ roleId, recorded, count });
        })
        .catch(() => undefined);
    });
    return () => {
      current = false;
      cancel();
    };
  }, [db, roleId, recorded]);

  const dismiss = useCallback(() => recordParserVersion(db, roleId), [db, roleId]);
  const fresh = result !== undefined && result.roleId === roleId && result.recorded === recorded;
  return { count: fresh ? result.count : null, dismiss };
}
