/**
 * One checklist item: drag handle, tick, wording, and at a glance whether it has
 * evidence and how confident the applicant is. The tick shows at once (optimistically)
 * while the write commits; a failed write puts the box back.
 */
import { useId, useState, type CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Requirement } from '../../../../shared/domain/model';
import { CONFIDENCE_LABELS } from '../../../../shared/domain/checklist-rules';
import { useStorageFull } from '../../db/use-storage-status';
import type { ChecklistCommands } from './use-checklist';
import { ItemDetails } from './ItemDetails';
import { ItemEditForm } from './ItemEditForm';
import { supportedBy } from '../stories/ItemStories';

interface CheckItemProps {
  item: Requirement;
  commands: ChecklistCommands;
  /** Place within its group, and the group's size; null when reordering is off. */
  position: { index: number; count: number } | null;
  expanded: boolean;
  onExpand: (id: string, open: boolean) => void;
  onMove: (item: Requirement, delta: -1 | 1) => void;
}

export function CheckItem(props: CheckItemProps) {
  const { item, commands, position, expanded, onExpand, onMove } = props;
  const sortable = useSortable({ id: item.id, disabled: position === null });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const [pending, setPending] = useState<boolean | null>(null);
  const [editing, setEditing] = useState(false);
  const detailsId = useId();
  const rowId = useId();
  const stored = item.checked === 1;
  // Read-only while storage is full: a tick could not be kept.
  const full = useStorageFull();
  // The stored value caught up: drop the optimistic one (derived state, set in render).
  if (pending !== null && pending === stored) setPending(null);

  const hasEvidence = item.evidence.trim() !== '';
  const edited = item.originalText !== undefined && item.originalText !== item.text;
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
  };

  async function remove() {
    // The row is about to go: hand focus to its neighbour rather than to the page.
    const row = document.getElementById(rowId);
    const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
    if (await commands.remove(item)) {
      neighbour?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus();
    }
  }

  return (
    <li
      ref={setNodeRef}
      id={rowId}
      style={style}
      className={`cl-item${sortable.isDragging ? ' cl-dragging' : ''}${expanded ? ' cl-open' : ''}`}
    >
      <div className="cl-row">
        {position && (
          <button
            ref={setActivatorNodeRef}
            type="button"
            className="cl-handle"
            {...attributes}
            {...listeners}
            aria-label={`Reorder “${item.text}”`}
          >
            <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
              {[3, 8, 13].map((y) => (
                <g key={y}>
                  <circle cx="2.5" cy={y} r="1.4" />
                  <circle cx="7.5" cy={y} r="1.4" />
                </g>
              ))}
            </svg>
          </button>
        )}
        {editing ? (
          <ItemEditForm
            item={item}
            onSave={commands.update}
            onDone={() => {
              setEditing(false);
            }}
          />
        ) : (
          <div className="cl-main">
            <label className="cl-check">
              <input
                type="checkbox"
                checked={pending ?? stored}
                disabled={full}
                onChange={(event) => {
                  const checked = event.target.checked;
                  setPending(checked);
                  void commands.toggle(item, checked).then((saved) => {
                    if (!saved) setPending(null);
                  });
                }}
              />
              <span className="cl-text">{item.text}</span>
            </label>
            {item.origin === 'custom' && <span className="cl-tag">Your item</span>}
            {edited && (
              <p className="cl-original">
                <span>Original: {item.originalText}</span>
                <button
                  type="button"
                  className="cl-link-button"
                  onClick={() => void commands.restoreWording(item)}
                >
                  Restore original wording
                </button>
              </p>
            )}
          </div>
        )}
        <div className="cl-glance">
          {item.storyIds.length > 0 && (
            <span className="cl-stories-chip">{supportedBy(item.storyIds.length)}</span>
          )}
          {item.confidence !== undefined && (
            <span className={`cl-chip cl-level-${item.confidence}`}>
              {CONFIDENCE_LABELS[item.confidence]} confidence
            </span>
          )}
          <button
            type="button"
            className={`cl-toggle${hasEvidence ? ' cl-has-evidence' : ''}`}
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            onClick={() => {
              onExpand(item.id, !expanded);
            }}
          >
            {hasEvidence && (
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
            )}
            {hasEvidence ? 'Evidence' : 'Add evidence'}
            <span className="cl-sr-only"> for “{item.text}”</span>
            <svg
              className="cl-chevron"
              viewBox="0 0 16 16"
              width="12"
              height="12"
              aria-hidden="true"
            >
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          </button>
        </div>
      </div>
      {expanded && (
        <ItemDetails
          id={detailsId}
          item={item}
          commands={commands}
          position={position}
          onMove={onMove}
          onEdit={() => {
            setEditing(true);
          }}
          onDelete={() => void remove()}
        />
      )}
    </li>
  );
}
