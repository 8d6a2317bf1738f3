/**
 * Reordering maths for ordered lists (interview stages, template stages): pure moves
 * over arrays, and the `order` numbers to write back. Lists are renumbered 0…n-1 on
 * every change, so the stored order never drifts or collides.
 */

/** A copy of `items` with the item at `from` moved to index `to` (both clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const target = Math.min(Math.max(to, 0), result.length - 1);
  const [moved] = result.splice(from, 1);
  if (moved === undefined) return result;
  result.splice(target, 0, moved);
  return result;
}

/** Moves the id `id` to index `to`; the list is unchanged when `id` is absent. */
export function moveId(ids: readonly string[], id: string, to: number): string[] {
  return moveItem(ids, ids.indexOf(id), to);
}

/**
 * Moves `id` one step up (-1) or down (+1). Null when it cannot move (already first
 * or last, or absent), so callers can tell a no-op from a change.
 */
export function moveStep(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  return moveItem(ids, from, to);
}

/** Inserts `id` at `index` (clamped to the list), e.g. to put back a deleted item. */
export function insertId(ids: readonly string[], id: string, index: number): string[] {
  const result = ids.filter((existing) => existing !== id);
  result.splice(Math.min(Math.max(index, 0), result.length), 0, id);
  return result;
}

/**
 * Reconciles a requested order with the ids that exist now: requested ids that no
 * longer exist are dropped, existing ids the request missed (added meanwhile, in another
 * window) keep their place at the end, in their current order.
 */
export function reconcileOrder(requested: readonly string[], current: readonly string[]): string[] {
  const present = new Set(current);
  const kept = requested.filter((id, index) => present.has(id) && requested.indexOf(id) === index);
  const placed = new Set(kept);
  return [...kept, ...current.filter((id) => !placed.has(id))];
}

/** One `order` to write: only records whose number actually changes are listed. */
export interface OrderChange {
  id: string;
  order: number;
}

/** The writes that give `ids` the orders 0…n-1, given each record's current order. */
export function orderChanges(
  ids: readonly string[],
  currentOrder: ReadonlyMap<string, number>,
): OrderChange[] {
  const changes: OrderChange[] = [];
  ids.forEach((id, order) => {
    if (currentOrder.get(id) !== order) changes.push({ id, order });
  });
  return changes;
}

/** True when two id lists name the same ids in the same order. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
