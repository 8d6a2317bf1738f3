/**
 * Board: every tracked role's current application as a card in its status column, the
 * pipeline first and then the exits. Cards move by drag and drop or by keyboard, through
 * the same status change as the role header.
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import {
  BOARD_COLUMNS,
  isExitStatus,
  isFiltering,
  NO_BOARD_FILTER,
  type BoardCard,
} from '../../../../shared/domain/board';
import type { ApplicationStatus } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { ROLES_HREF } from '../../services/routes';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { useBoard } from './use-board';

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'Press Enter to open this role. Press Alt+Left or Alt+Right to move it to the previous or next column, or pick a column in its Move to list.',
};

/** The column under the pointer wins; near an edge, the one the card overlaps most. */
const pointerThenOverlap: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

function cardOf(data: unknown): BoardCard | undefined {
  return (data as { card?: BoardCard } | undefined)?.card;
}

function columnOf(id: unknown): ApplicationStatus | undefined {
  return BOARD_COLUMNS.find((status) => status === id);
}

export function BoardScreen() {
  const board = useBoard();
  const { setCollapsed, collapsed, move: moveCard } = board;
  const [focusRoleId, setFocusRoleId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const onFocused = useCallback(() => {
    setFocusRoleId(null);
  }, []);

  const move = useCallback(
    (card: BoardCard, status: ApplicationStatus, how: 'keyboard' | 'pointer') => {
      if (card.status === status) return;
      // Moved there by keyboard, the card stays in focus: its folded column opens.
      if (how === 'keyboard' && collapsed.has(status)) setCollapsed(status, false);
      moveCard(card, status);
      if (how === 'keyboard') setFocusRoleId(card.roleId);
      setAnnouncement(`Moved ${card.title} to ${statusLabel(status)}.`);
    },
    [collapsed, setCollapsed, moveCard],
  );

  if (!board.cards || !board.columns) return <div className="screen-loading" aria-busy="true" />;
  const { cards, columns, filter, setFilter } = board;
  const shown = [...columns.values()].reduce((sum, column) => sum + column.length, 0);

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${cardOf(active.data.current)?.title ?? 'card'}.`,
    onDragOver: ({ over }) => {
      const status = columnOf(over?.id);
      return status ? `Over ${statusLabel(status)}.` : '';
    },
    onDragEnd: ({ active, over }) => {
      const status = columnOf(over?.id);
      const title = cardOf(active.data.current)?.title ?? 'Card';
      return status ? `${title} dropped in ${statusLabel(status)}.` : `${title} dropped.`;
    },
    onDragCancel: ({ active }) =>
      `Moving ${cardOf(active.data.current)?.title ?? 'the card'} was cancelled.`,
  };

  function onDragStart({ active }: DragStartEvent) {
    setDragged(cardOf(active.data.current) ?? null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const card = cardOf(active.data.current);
    const status = columnOf(over?.id);
    if (card && status) move(card, status, 'pointer');
  }

  return (
    <section className="screen board" aria-labelledby="board-heading">
      <header className="screen-header">
        <div>
          <h1 id="board-heading">Board</h1>
          <p className="screen-subtitle">
            {shown === cards.length
              ? `${cards.length} ${cards.length === 1 ? 'application' : 'applications'} by status`
              : `${shown} of ${cards.length} applications shown`}
          </p>
        </div>
        {cards.length > 0 && <BoardFilters filter={filter} onChange={setFilter} />}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {cards.length === 0 ? (
        <div className="empty-state">
          <h2>No applications yet</h2>
          <p>Every role you track shows here as a card in the column of its status.</p>
          <a className="button button-primary" href={ROLES_HREF}>
            Go to Roles
          </a>
        </div>
      ) : (
        <>
          {shown === 0 && isFiltering(filter) && (
            <div className="board-no-match" role="status">
              <span>No cards match the filter.</span>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setFilter(NO_BOARD_FILTER);
                }}
              >
                Clear filters
              </button>
            </div>
          )}
          <DndContext
            sensors={sensors}
            collisionDetection={pointerThenOverlap}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => {
              setDragged(null);
            }}
            accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
          >
            {/* Busy until a move is stored: the card shows in its new column before that. */}
            <div className="board-columns" aria-busy={board.saving}>
              {BOARD_COLUMNS.map((status) => (
                <BoardColumn
                  key={status}
                  status={status}
                  cards={columns.get(status) ?? []}
                  now={board.now}
                  collapsed={isExitStatus(status) ? collapsed.has(status) : null}
                  onCollapse={setCollapsed}
                  onMove={move}
                  focusRoleId={focusRoleId}
                  onFocused={onFocused}
                />
              ))}
            </div>
            <DragOverlay dropAnimation={null}>
              {dragged && (
                <div className="board-card board-card-overlay" aria-hidden="true">
                  <span className="board-card-title">{dragged.title}</span>
                  <p className="board-card-company">{dragged.company}</p>
                </div>
              )}
            </DragOverlay>
          </DndContext>
        </>
      )}
    </section>
  );
}
