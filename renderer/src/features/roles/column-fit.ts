/**
 * Which Roles table columns a narrow window drops. Each column has a narrowest width at
 * which its header and cells still break only between words; when the shown columns'
 * narrowest widths add up to more than the table has, the least needed go first.
 */

/** Narrowest width of each column in px: its longest header word plus padding and arrow. */
export const COLUMN_MIN_WIDTHS: Readonly<Record<string, number>> = {
  title: 190,
  team: 120,
  location: 110,
  status: 128,
  nextInterview: 136,
  readiness: 128,
  compensation: 116,
  closing: 110,
  lastActivity: 116,
  // The row's archive button.
  actions: 40,
};

/**
 * Dropped first to last. The role title (and its row action) never goes; status,
 * readiness and the next interview are what the table is for, so they stay longest.
 */
export const WIDTH_DROP_ORDER = [
  'location',
  'lastActivity',
  'closing',
  'team',
  'compensation',
  'nextInterview',
  'readiness',
  'status',
] as const;

const FALLBACK_MIN_WIDTH = 120;

/** The narrowest width at which all of these columns fit side by side. */
export function minTableWidth(columnIds: readonly string[]): number {
  return columnIds.reduce((sum, id) => sum + (COLUMN_MIN_WIDTHS[id] ?? FALLBACK_MIN_WIDTH), 0);
}

/**
 * The columns (of those the user shows) to hide so the rest fit in `width` px, in the
 * order they are dropped. Nothing is hidden before the width is known.
 */
export function columnsHiddenForWidth(
  shown: readonly string[],
  width: number | undefined,
): string[] {
  if (width === undefined) return [];
  const hidden: string[] = [];
  let remaining = [...shown];
  for (const id of WIDTH_DROP_ORDER) {
    if (minTableWidth(remaining) <= width) break;
    if (!remaining.includes(id)) continue;
    hidden.push(id);
    remaining = remaining.filter((column) => column !== id);
  }
  return hidden;
}
