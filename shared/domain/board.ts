/**
 * Board rules: the columns in pipeline order, which cards a filter keeps, how a column
 * orders its cards, and where a card moves one column to the left or right.
 */
import {
  APPLICATION_EXITS,
  APPLICATION_PIPELINE,
  type ApplicationStatus,
  type Application,
} from './model';
import type { ChecklistProgress } from './progress';

/** Every status as a column: the pipeline, then the exits. */
export const BOARD_COLUMNS: readonly ApplicationStatus[] = [
  ...APPLICATION_PIPELINE,
  ...APPLICATION_EXITS,
];

const EXITS = new Set<ApplicationStatus>(APPLICATION_EXITS);

/** Whether a status closes an application without an offer (its column can collapse). */
export function isExitStatus(status: ApplicationStatus): boolean {
  return EXITS.has(status);
}

/** One card: a role's current application, with light fields only. */
export interface BoardCard {
  roleId: string;
  applicationId: string;
  title: string;
  company: string;
  team: string;
  status: ApplicationStatus;
  priority?: Application['priority'];
  progress: ChecklistProgress;
  /** The next open interview, if one is scheduled. */
  nextInterview?: { at: number; name: string };
  nextAction: string;
  nextActionDue?: number;
  updatedAt: number;
}

/** "any", cards with no priority ("none"), or one priority 1–5. */
export type PriorityFilter = 'any' | 'none' | NonNullable<Application['priority']>;

export interface BoardFilter {
  text: string;
  priority: PriorityFilter;
}

export const NO_BOARD_FILTER: BoardFilter = { text: '', priority: 'any' };

/** Whether a filter narrows anything. */
export function isFiltering(filter: BoardFilter): boolean {
  return filter.text.trim() !== '' || filter.priority !== 'any';
}

/**
 * Whether a card passes the filter: every word of the text appears (any case) in its
 * title, company, team or next action, and its priority is the one asked for.
 */
export function matchesBoardFilter(card: BoardCard, filter: BoardFilter): boolean {
  if (filter.priority === 'none' && card.priority !== undefined) return false;
  if (typeof filter.priority === 'number' && card.priority !== filter.priority) return false;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${card.title}\n${card.company}\n${card.team}\n${card.nextAction}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** One collator for every comparison: `localeCompare` builds one per call (slow at 5,000). */
const TITLES = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * The order within a column: higher priority first (unset last), then the soonest
 * interview, then the soonest due next action, then title. Stable whatever the input
 * order, so a card keeps its place when unrelated data changes.
 */
export function compareCards(a: BoardCard, b: BoardCard): number {
  const priority = (b.priority ?? 0) - (a.priority ?? 0);
  if (priority !== 0) return priority;
  const interview = soonest(a.nextInterview?.at, b.nextInterview?.at);
  if (interview !== 0) return interview;
  const due = soonest(a.nextActionDue, b.nextActionDue);
  if (due !== 0) return due;
  return (
    TITLES.compare(a.title, b.title) || (a.roleId < b.roleId ? -1 : a.roleId > b.roleId ? 1 : 0)
  );
}

/** Earlier first, missing last. */
function soonest(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

/** The cards that pass the filter, by column, each column in `compareCards` order. */
export function groupBoard(
  cards: readonly BoardCard[],
  filter: BoardFilter,
): Map<ApplicationStatus, BoardCard[]> {
  const columns = new Map<ApplicationStatus, BoardCard[]>(BOARD_COLUMNS.map((s) => [s, []]));
  for (const card of cards) {
    if (matchesBoardFilter(card, filter)) columns.get(card.status)?.push(card);
  }
  for (const column of columns.values()) column.sort(compareCards);
  return columns;
}

/** The column one step left (-1) or right (+1) of `status`, or null at either end. */
export function neighbourStatus(status: ApplicationStatus, step: -1 | 1): ApplicationStatus | null {
  const index = BOARD_COLUMNS.indexOf(status) + step;
  return BOARD_COLUMNS[index] ?? null;
}

/**
 * The columns with some cards moved (role id → new status), each moved card put in its
 * place in the new column. Only the columns a move touches are copied, so a move shows
 * without sorting every card again.
 */
export function applyMoves(
  columns: ReadonlyMap<ApplicationStatus, readonly BoardCard[]>,
  moves: ReadonlyMap<string, ApplicationStatus>,
): Map<ApplicationStatus, readonly BoardCard[]> {
  const next = new Map(columns);
  if (moves.size === 0) return next;
  const moved: BoardCard[] = [];
  for (const [status, cards] of columns) {
    const leaving = cards.filter((card) => (moves.get(card.roleId) ?? status) !== status);
    if (leaving.length === 0) continue;
    moved.push(...leaving);
    next.set(
      status,
      cards.filter((card) => !leaving.includes(card)),
    );
  }
  for (const card of moved) {
    const status = moves.get(card.roleId);
    if (!status) continue;
    const target = [...(next.get(status) ?? [])];
    const arrived = { ...card, status };
    const at = target.findIndex((other) => compareCards(arrived, other) < 0);
    target.splice(at === -1 ? target.length : at, 0, arrived);
    next.set(status, target);
  }
  return next;
}
