/**
 * The Board's state: the cards (live), the filter, the columns the user collapsed
 * (remembered), and moves. A move shows at once and runs the same status change as the
 * role header's status control; a failed one puts the card back.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import {
  APPLICATION_EXITS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '../../../../shared/domain/model';
import {
  applyMoves,
  groupBoard,
  NO_BOARD_FILTER,
  type BoardCard,
  type BoardFilter,
} from '../../../../shared/domain/board';
import { useBoardCards } from '../../db/board-feed';
import { useDb } from '../../db/db-context';
import { getSetting, setSetting } from '../../db/settings-repo';
import { useMinute } from '../../db/use-minute';
import { useApplicationCommands } from '../application/use-application';

const COLLAPSED_KEY = 'board.collapsedColumns';
const collapsedSchema = z.array(z.enum(APPLICATION_STATUSES));
/** Closed applications pile up over a long search: their columns start folded away. */
const DEFAULT_COLLAPSED: ApplicationStatus[] = [...APPLICATION_EXITS];

/** Where a card is being moved to, until the stored status catches up. */
type PendingMoves = ReadonlyMap<string, ApplicationStatus>;

export function useBoard() {
  const db = useDb();
  const now = useMinute();
  const stored = useBoardCards(db);
  const { setStatus } = useApplicationCommands();
  const [filter, setFilter] = useState<BoardFilter>(NO_BOARD_FILTER);
  const [pending, setPending] = useState<PendingMoves>(new Map());

  // A pending move whose status is now stored (or whose card is gone) is done.
  const settled = stored && [...pending].some(([roleId, status]) => isSettled(roleId, status));
  function isSettled(roleId: string, status: ApplicationStatus): boolean {
    const card = stored?.find((c) => c.roleId === roleId);
    return !card || card.status === status;
  }
  if (settled) {
    setPending(new Map([...pending].filter(([roleId, status]) => !isSettled(roleId, status))));
  }

  // Sorted once per read or filter; a move relocates only its own card.
  const sorted = useMemo(() => (stored ? groupBoard(stored, filter) : undefined), [stored, filter]);
  const columns = useMemo(() => sorted && applyMoves(sorted, pending), [sorted, pending]);

  const move = useCallback(
    (card: BoardCard, status: ApplicationStatus) => {
      if (card.status === status) return;
      setPending((before) => new Map(before).set(card.roleId, status));
      void setStatus(card.applicationId, status).then((saved) => {
        if (saved) return;
        setPending((before) => {
          const after = new Map(before);
          after.delete(card.roleId);
          return after;
        });
      });
    },
    [setStatus],
  );

  const collapse = useCollapsedColumns();
  /** A move is shown but not stored yet. */
  const saving = pending.size > 0;
  return { cards: stored, columns, filter, setFilter, move, now, saving, ...collapse };
}

function useCollapsedColumns() {
  const db = useDb();
  const stored = useLiveQuery(
    () => getSetting(db, COLLAPSED_KEY, collapsedSchema, DEFAULT_COLLAPSED),
    [db],
  );
  // Shown at once; the stored copy catches up (and is what the next launch reads).
  const [chosen, setChosen] = useState<ApplicationStatus[] | null>(null);
  const collapsed = useMemo(
    () => new Set<ApplicationStatus>(chosen ?? stored ?? DEFAULT_COLLAPSED),
    [chosen, stored],
  );
  const setCollapsed = useCallback(
    (status: ApplicationStatus, fold: boolean) => {
      const next = new Set(collapsed);
      if (fold) next.add(status);
      else next.delete(status);
      const list = [...next];
      setChosen(list);
      // When it cannot be kept (storage full) it lasts this session only.
      setSetting(db, COLLAPSED_KEY, list).catch((error: unknown) => {
        console.warn('The folded columns were not saved:', error);
      });
    },
    [db, collapsed],
  );
  return { collapsed, setCollapsed };
}
