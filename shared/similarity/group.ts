/**
 * Groups asks from different roles into "same ask" groups. Pairs at or above the
 * threshold are taken strongest first; two groups join only when, on average, their
 * members from different roles are still alike, so one bridging item cannot chain a
 * degree requirement to a travel requirement. Items of the same role are never scored
 * against each other, but a role may appear twice in a group when it says one thing twice.
 */
import { buildAskIndex, neighbours, pairScore, type AskIndex, type AskItem } from './ask-index';
import { SIMILAR_ASK_THRESHOLD } from './threshold';

/** A group of asks from at least two roles that ask for the same thing. */
export interface AskGroup<T extends AskItem> {
  /** The members, in the order they were given. */
  readonly items: readonly T[];
  /** The distinct roles of the members, in order of first member. */
  readonly roleIds: readonly string[];
  /** What the members share, in plain words, most widely shared first. */
  readonly shared: readonly string[];
}

/**
 * Two groups join only when their cross-role pairs average at least this share of the
 * threshold: a strong pair alone does not pull in everything its group holds.
 */
const LINK_SHARE = 0.75;

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

function strongEdges<T extends AskItem>(index: AskIndex<T>, threshold: number): Edge[] {
  const edges: Edge[] = [];
  index.items.forEach((_, a) => {
    for (const { index: b, score } of neighbours(index, a, threshold)) {
      if (b > a) edges.push({ a, b, score });
    }
  });
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

function averageLink<T extends AskItem>(
  index: AskIndex<T>,
  left: readonly number[],
  right: readonly number[],
): number {
  let sum = 0;
  let count = 0;
  for (const a of left) {
    for (const b of right) {
      if (index.items[a]?.roleId === index.items[b]?.roleId) continue;
      sum += pairScore(index, a, b);
      count += 1;
    }
  }
  return count === 0 ? 0 : sum / count;
}

function sharedLabels<T extends AskItem>(index: AskIndex<T>, members: readonly number[]): string[] {
  const roles = new Map<string, { label: string; roles: Set<string>; weight: number }>();
  for (const at of members) {
    const roleId = index.items[at]?.roleId ?? '';
    for (const term of index.vectors[at] ?? []) {
      const entry = roles.get(term.key) ?? { label: term.label, roles: new Set(), weight: 0 };
      entry.roles.add(roleId);
      entry.weight = Math.max(entry.weight, term.weight);
      roles.set(term.key, entry);
    }
  }
  return [...roles.values()]
    .filter((entry) => entry.roles.size >= 2)
    .sort(
      (x, y) =>
        y.roles.size - x.roles.size || y.weight - x.weight || x.label.localeCompare(y.label),
    )
    .slice(0, 4)
    .map((entry) => entry.label);
}

/**
 * Groups the asks of several roles into "same ask" groups.
 *
 * @param items - The checklist items of the roles compared (ids unique).
 * @param threshold - The similarity cut-off; the default is {@link SIMILAR_ASK_THRESHOLD}.
 * @returns Groups spanning at least two roles, most roles first, then in the order of
 *   their first member; items that match nothing are in no group.
 */
export function groupSimilarAsks<T extends AskItem>(
  items: readonly T[],
  threshold: number = SIMILAR_ASK_THRESHOLD,
): AskGroup<T>[] {
  const index = buildAskIndex(items);
  const clusterOf = items.map((_, at) => at);
  const members = new Map<number, number[]>(items.map((_, at) => [at, [at]]));
  for (const edge of strongEdges(index, threshold)) {
    const left = clusterOf[edge.a] ?? edge.a;
    const right = clusterOf[edge.b] ?? edge.b;
    if (left === right) continue;
    const leftMembers = members.get(left) ?? [];
    const rightMembers = members.get(right) ?? [];
    if (averageLink(index, leftMembers, rightMembers) < threshold * LINK_SHARE) continue;
    const [keep, drop] = left < right ? [left, right] : [right, left];
    const joined = [...leftMembers, ...rightMembers].sort((x, y) => x - y);
    members.set(keep, joined);
    members.delete(drop);
    for (const at of joined) clusterOf[at] = keep;
  }
  const groups: AskGroup<T>[] = [];
  for (const list of members.values()) {
    const roleIds = [...new Set(list.map((at) => items[at]?.roleId ?? ''))];
    if (roleIds.length < 2) continue;
    groups.push({
      items: list.flatMap((at) => items[at] ?? []),
      roleIds,
      shared: sharedLabels(index, list),
    });
  }
  return groups.sort(
    (x, y) =>
      y.roleIds.length - x.roleIds.length ||
      items.indexOf(x.items[0] as T) - items.indexOf(y.items[0] as T),
  );
}
