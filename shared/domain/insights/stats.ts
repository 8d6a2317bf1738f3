/** Small number rules the insights share: medians, rates and whole days. */

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The median of `values` (the mean of the middle two for an even count), or `null` when
 * there are none, so "no data" is never shown as 0.
 *
 * @param values - Any numbers, in any order; the array is not changed.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * `part / whole` between 0 and 1, or `null` when `whole` is 0 (a rate of nothing is
 * unknown, not zero).
 */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Milliseconds as days, never negative (clock changes can make a span look negative). */
export function toDays(ms: number): number {
  return Math.max(0, ms) / DAY_MS;
}

/** A rate as a whole percentage ("67%"), or "—" when unknown. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${String(Math.round(value * 100))}%`;
}

/** Days with at most one decimal ("3.5 days", "1 day"), or "—" when unknown. */
export function formatDays(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? 'day' : 'days'}`;
}
