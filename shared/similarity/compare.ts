/**
 * Compare roles side by side: one row per group of similar asks (the same grouping as
 * everywhere else), one column per role, each cell the role's items in that row or
 * nothing. Items that match no other role get a row of their own, so the comparison
 * shows what the roles share and what is specific to each. Pure and deterministic.
 */
import type { Flag, RequirementKind } from '../domain/model';
import { fail, ok, type Result } from '../result';
import { COMPARE_ROLES } from './compare-limits';
import { groupSimilarAsks } from './group';

export { COMPARE_ROLES };

/** A role as a column of the comparison. */
export interface CompareRole {
  readonly id: string;
  readonly title: string;
}

/** A checklist item as the comparison needs it (a subset of `Requirement`). */
export interface CompareItem {
  readonly id: string;
  readonly roleId: string;
  readonly text: string;
  readonly kind: RequirementKind;
  readonly checked: Flag;
  readonly order: number;
  readonly storyIds: readonly string[];
}

/** One row: an ask and, per role column, that role's items asking it (often one, or none). */
export interface ComparisonRow {
  /** Stable: the id of the row's first item. */
  readonly id: string;
  /** What the row's items share, in plain words (empty for a single role's item). */
  readonly shared: readonly string[];
  /** One cell per role, in column order; an empty cell means the role does not ask it. */
  readonly cells: readonly (readonly CompareItem[])[];
  /** How many roles ask it. */
  readonly askedBy: number;
}

/** A comparison of 2–5 roles. */
export interface Comparison {
  readonly roles: readonly CompareRole[];
  readonly rows: readonly ComparisonRow[];
}

/** The filters the comparison offers; all off shows every row. */
export interface ComparisonFilters {
  /** Only asks every compared role has. */
  readonly askedByAll?: boolean;
  /** Only asks with at least one item not ticked. */
  readonly untickedAnywhere?: boolean;
  /** Only asks none of whose items has a story linked yet. */
  readonly noStoryYet?: boolean;
}

function byOrder(a: CompareItem, b: CompareItem): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/**
 * Builds the comparison of `roles` from their checklist items.
 *
 * @param roles - 2–5 roles, in column order.
 * @param items - The roles' checklist items (items of other roles are ignored).
 * @returns The rows, asks of most roles first, then by the first column's checklist order;
 *   or a message when the number of roles is out of range.
 */
export function compareRoles(
  roles: readonly CompareRole[],
  items: readonly CompareItem[],
): Result<Comparison> {
  const ids = [...new Set(roles.map((role) => role.id))];
  if (ids.length < COMPARE_ROLES.min || ids.length > COMPARE_ROLES.max) {
    return fail(
      `Pick ${String(COMPARE_ROLES.min)} to ${String(COMPARE_ROLES.max)} roles to compare (${String(ids.length)} picked).`,
    );
  }
  const column = new Map(ids.map((id, at) => [id, at]));
  const ordered = items
    .filter((item) => column.has(item.roleId))
    .sort((a, b) => (column.get(a.roleId) ?? 0) - (column.get(b.roleId) ?? 0) || byOrder(a, b));
  const groups = groupSimilarAsks(ordered);
  const grouped = new Set(groups.flatMap((group) => group.items.map((item) => item.id)));
  const rowOf = (members: readonly CompareItem[], shared: readonly string[]): ComparisonRow => {
    const cells = ids.map((id) => members.filter((item) => item.roleId === id));
    return {
      id: members[0]?.id ?? '',
      shared,
      cells,
      askedBy: cells.filter((cell) => cell.length > 0).length,
    };
  };
  const rows = [
    ...groups.map((group) => rowOf(group.items, group.shared)),
    ...ordered.filter((item) => !grouped.has(item.id)).map((item) => rowOf([item], [])),
  ];
  const position = new Map(ordered.map((item, at) => [item.id, at]));
  rows.sort(
    (a, b) => b.askedBy - a.askedBy || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
  return ok({ roles: ids.map((id) => roles.find((role) => role.id === id) as CompareRole), rows });
}

/**
 * The rows that pass every filter switched on.
 *
 * @param comparison - A comparison from {@link compareRoles}.
 * @param filters - Which filters are on.
 */
export function filterComparison(
  comparison: Comparison,
  filters: ComparisonFilters,
): ComparisonRow[] {
  return comparison.rows.filter((row) => {
    const members = row.cells.flat();
    if (filters.askedByAll && row.askedBy < comparison.roles.length) return false;
    if (filters.untickedAnywhere && members.every((item) => item.checked === 1)) return false;
    if (filters.noStoryYet && members.some((item) => item.storyIds.length > 0)) return false;
    return true;
  });
}
