/**
 * One card on the Board. The title is a link (Enter opens the role); the card drags
 * with the pointer; Alt+Left / Alt+Right on the link, or the "Move to" list, move it
 * one column or to any column.
 */
import { useDraggable } from '@dnd-kit/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { BOARD_COLUMNS, neighbourStatus, type BoardCard } from '../../../../shared/domain/board';
import { dueState, formatDay } from '../../../../shared/domain/dates';
import type { ApplicationStatus } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { roleHref } from '../../services/routes';
import { ReadinessCell } from '../roles/ReadinessCell';
import { formatShortDateTime } from '../roles/format-times';

export interface BoardCardProps {
  card: BoardCard;
  now: number;
  onMove: (card: BoardCard, status: ApplicationStatus, how: 'keyboard') => void;
  /** This card should take focus once shown (it was just moved by keyboard). */
  focusWanted: boolean;
  onFocused: () => void;
}

const ARROWS: Readonly<Record<string, -1 | 1>> = { ArrowLeft: -1, ArrowRight: 1 };

export function BoardCardItem({ card, now, onMove, focusWanted, onFocused }: BoardCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.roleId,
    data: { card },
  });
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (!focusWanted) return;
    link.current?.focus();
    onFocused();
  }, [focusWanted, onFocused]);

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    const step = ARROWS[event.key];
    if (!step || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Alt+Left is also the browser's Back: the card takes it while it has focus.
    event.preventDefault();
    const target = neighbourStatus(card.status, step);
    if (target) onMove(card, target, 'keyboard');
  }

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'board-card board-card-dragging' : 'board-card'}
      aria-labelledby={`board-card-${card.roleId}`}
      {...listeners}
    >
      <a
        ref={link}
        id={`board-card-${card.roleId}`}
        className="board-card-title"
        href={roleHref(card.roleId)}
        draggable={false}
        onKeyDown={onKeyDown}
        // dnd-kit's other attributes would make it a button: it stays a link, with the
        // instructions for moving it.
        aria-describedby={attributes['aria-describedby']}
      >
        {card.title}
      </a>
      <p className="board-card-company">
        {[card.company, card.team].filter(Boolean).join(' · ') || 'No company'}
      </p>
      <CardNext card={card} now={now} />
      <div className="board-card-footer">
        <ReadinessCell progress={card.progress} />
        {card.priority !== undefined && (
          <span className="board-card-priority" title="Priority (5 is top)">
            P{card.priority}
            <span className="visually-hidden"> priority</span>
          </span>
        )}
      </div>
      <select
        className="board-card-move"
        aria-label={`Move ${card.title} to`}
        value=""
        onChange={(event) => {
          const status = BOARD_COLUMNS.find((s) => s === event.target.value);
          if (status) onMove(card, status, 'keyboard');
        }}
      >
        <option value="">Move to…</option>
        {BOARD_COLUMNS.filter((status) => status !== card.status).map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
    </article>
  );
}

/** The next interview, else the next action and when it is due. */
function CardNext({ card, now }: { card: BoardCard; now: number }) {
  if (card.nextInterview) {
    return (
      <p className="board-card-next">
        <span className="board-card-next-kind">Interview</span>{' '}
        {formatShortDateTime(card.nextInterview.at)} · {card.nextInterview.name}
      </p>
    );
  }
  if (!card.nextAction) return null;
  const due = card.nextActionDue;
  const state = due === undefined ? undefined : dueState(due, now);
  return (
    <p className={state === 'overdue' ? 'board-card-next board-card-overdue' : 'board-card-next'}>
      <span className="board-card-next-kind">Next</span> {card.nextAction}
      {due !== undefined && (
        <span className="board-card-due">
          {state === 'overdue' ? ' · overdue, was due ' : ' · due '}
          {formatDay(due)}
        </span>
      )}
    </p>
  );
}
