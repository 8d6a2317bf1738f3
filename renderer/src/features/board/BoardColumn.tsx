/**
 * One status column: a drop target with its cards windowed (only those in view are
 * rendered, so a column of thousands scrolls smoothly). Exit columns can fold into a
 * narrow strip that still takes drops.
 */
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { BoardCard } from '../../../../shared/domain/board';
import type { ApplicationStatus } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { BoardCardItem, type BoardCardProps } from './BoardCardItem';

interface BoardColumnProps {
  status: ApplicationStatus;
  cards: readonly BoardCard[];
  now: number;
  /** Null: this column cannot fold (a pipeline status). */
  collapsed: boolean | null;
  onCollapse: (status: ApplicationStatus, fold: boolean) => void;
  onMove: BoardCardProps['onMove'];
  focusRoleId: string | null;
  onFocused: () => void;
}

const CARD_ESTIMATE = 132;

export function BoardColumn(props: BoardColumnProps) {
  const { status, cards, collapsed, onCollapse } = props;
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const label = statusLabel(status);
  const headingId = `board-column-${status}`;
  const className = [
    'board-column',
    `board-column-${status}`,
    collapsed ? 'board-column-collapsed' : '',
    isOver ? 'board-column-over' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section ref={setNodeRef} className={className} aria-labelledby={headingId}>
      <header className="board-column-header">
        <h2 id={headingId}>
          <span className={`board-column-dot status-${status}`} aria-hidden="true" />
          <span className="board-column-name">{label}</span>
          <span className="board-column-count">
            {cards.length}
            <span className="visually-hidden">{cards.length === 1 ? ' card' : ' cards'}</span>
          </span>
        </h2>
        {collapsed !== null && (
          <button
            type="button"
            className="board-column-fold"
            aria-expanded={!collapsed}
            aria-label={collapsed ? `Show ${label}` : `Hide ${label}`}
            title={collapsed ? `Show ${label}` : `Hide ${label}`}
            onClick={() => {
              onCollapse(status, !collapsed);
            }}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          </button>
        )}
      </header>
      {!collapsed && <ColumnCards {...props} label={label} />}
    </section>
  );
}

function ColumnCards(props: BoardColumnProps & { label: string }) {
  const { cards, label, now, onMove, focusRoleId, onFocused } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the Roles table does the same
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: 4,
    gap: 8,
    getItemKey: (index) => cards[index]?.roleId ?? index,
  });

  // A card moved here by keyboard is scrolled into view, so it can take focus.
  const focusIndex = focusRoleId ? cards.findIndex((card) => card.roleId === focusRoleId) : -1;
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  if (cards.length === 0) {
    return <p className="board-column-empty">None yet: drag a card here</p>;
  }
  return (
    <div ref={scrollRef} className="board-column-scroll">
      <ul
        className="board-column-list"
        aria-label={`${label} cards`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const card = cards[item.index];
          if (!card) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={cards.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <BoardCardItem
                card={card}
                now={now}
                onMove={onMove}
                focusWanted={card.roleId === focusRoleId}
                onFocused={onFocused}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
