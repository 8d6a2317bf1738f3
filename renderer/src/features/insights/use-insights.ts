/** The insights, recomputed when the history changes (in any window) and each minute. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeInsights, type Insights } from '../../../../shared/domain/insights';
import { useDb } from '../../db/db-context';
import { loadInsightsInput } from '../../db/insights-repo';
import { useMinute } from '../../db/use-minute';

/** `undefined` while the history loads. */
export function useInsights(): Insights | undefined {
  const db = useDb();
  const now = useMinute();
  const input = useLiveQuery(() => loadInsightsInput(db), [db]);
  return useMemo(() => (input ? computeInsights(input, now) : undefined), [input, now]);
}
