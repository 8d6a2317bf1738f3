/**
 * The "N new requirements found" offer of one role: counted once the role screen has
 * painted (off the critical path, read only), again after the re-parse review closes,
 * and answered with "Not now" for the current parser version.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDb } from '../../db/db-context';
import { countUpgradeOffer, recordParserVersion } from '../../db/parser-upgrade-repo';

export interface UpgradeOffer {
  /** New requirements to offer: null while counting, 0 for none. */
  count: number | null;
  /** Counts again (after the re-parse review closed: applied or not). */
  recount: () => void;
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
  const [result, setResult] = useState<{ roleId: string; round: number; count: number } | null>(
    null,
  );
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    const cancel = whenIdle(() => {
      countUpgradeOffer(db, roleId)
        // A count that fails offers nothing: the re-parse button still does the job.
        .catch(() => 0)
        .then((count) => {
          if (current) setResult({ roleId, round, count });
        })
        .catch(() => undefined);
    });
    return () => {
      current = false;
      cancel();
    };
  }, [db, roleId, round]);

  const recount = useCallback(() => {
    setRound((value) => value + 1);
  }, []);
  const dismiss = useCallback(async () => {
    await recordParserVersion(db, roleId);
    setResult({ roleId, round, count: 0 });
  }, [db, roleId, round]);

  const fresh = result !== null && result.roleId === roleId && result.round === round;
  return { count: fresh ? result.count : null, recount, dismiss };
}
