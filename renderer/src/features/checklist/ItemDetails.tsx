/**
 * What opens under an item: its evidence editor, the stories behind it, confidence, and
 * the item's actions (edit wording, move by keyboard, delete with Undo).
 */
import { useLayoutEffect, useRef } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import type { ChecklistCommands } from './use-checklist';
import { ConfidenceControl } from './ConfidenceControl';
import { EvidenceEditor } from './EvidenceEditor';
import { ItemStories } from '../stories/ItemStories';

interface ItemDetailsProps {
  id: string;
  item: Requirement;
  commands: ChecklistCommands;
  /** Place within its group, and the group's size; null when reordering is off. */
  position: { index: number; count: number } | null;
  onMove: (item: Requirement, delta: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function ItemDetails(props: ItemDetailsProps) {
  const { id, item, commands, position, onMove, onEdit, onDelete } = props;
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<-1 | 1 | null>(null);
  const index = position?.index;

  // Moving the list can take this row out of the document and back, dropping focus:
  // put it back on the button that was pressed, or its sibling at either end.
  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (wanted === null) return;
    refocus.current = null;
    const first = wanted === -1 ? upRef.current : downRef.current;
    const other = wanted === -1 ? downRef.current : upRef.current;
    (first && !first.disabled ? first : other)?.focus();
  }, [index]);

  function move(delta: -1 | 1) {
    refocus.current = delta;
    onMove(item, delta);
  }

  return (
    <div id={id} className="cl-details" role="group" aria-label={`Details of “${item.text}”`}>
      <EvidenceEditor item={item} />
      <ItemStories item={item} />
      <div className="cl-details-footer">
        <ConfidenceControl item={item} onChange={commands.setConfidence} />
        <div className="cl-actions">
          <button type="button" className="button" onClick={onEdit}>
            Edit wording
          </button>
          {position && (
            <>
              <button
                ref={upRef}
                type="button"
                className="button"
                disabled={position.index === 0}
                onClick={() => {
                  move(-1);
                }}
              >
                <span aria-hidden="true">↑</span> Move up
              </button>
              <button
                ref={downRef}
                type="button"
                className="button"
                disabled={position.index === position.count - 1}
                onClick={() => {
                  move(1);
                }}
              >
                <span aria-hidden="true">↓</span> Move down
              </button>
            </>
          )}
          <button type="button" className="button button-quiet cl-delete" onClick={onDelete}>
            Delete item
          </button>
        </div>
      </div>
    </div>
  );
}
