/**
 * The requirement checklist: required first, then preferred. Ticks, evidence and
 * confidence save at once; items can be added, edited, deleted (with Undo) and
 * reordered by drag or keyboard; filters narrow it to what is left or to what the next
 * interview will probe.
 */
import { useCallback, useState } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import { checklistProgress } from '../../../../shared/domain/progress';
import {
  matchesFilter,
  mergeOrder,
  shiftId,
  type ChecklistFilter,
} from '../../../../shared/domain/checklist-rules';
import { useRequirements } from '../../db/hooks';
import { useNotify } from '../../components/notices';
import { useChecklistCommands, useEvidenceDraftRecovery, useNextStage } from './use-checklist';
import { AddItemForm } from './AddItemForm';
import { ChecklistFilters } from './ChecklistFilters';
import { ChecklistGroup } from './ChecklistGroup';
import { ResponsibilitiesPanel } from './ResponsibilitiesPanel';

const GROUPS: { kind: RequirementKind; title: string; hint: string }[] = [
  { kind: 'required', title: 'Required', hint: 'What the posting asks for.' },
  { kind: 'preferred', title: 'Preferred', hint: 'Pluses the posting mentions.' },
];

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function emptyMessage(
  filter: ChecklistFilter,
  kind: RequirementKind,
  hasStage: boolean,
): string | null {
  if (filter === 'unticked-required') {
    return kind === 'required' ? 'Every required item is ticked.' : null;
  }
  if (filter === 'next-stage') return hasStage ? `The next stage probes no ${kind} items.` : null;
  return null;
}

export function Checklist({ roleId }: { roleId: string }) {
  const stored = useRequirements(roleId);
  const nextStage = useNextStage(roleId);
  const commands = useChecklistCommands(roleId);
  const notify = useNotify();
  useEvidenceDraftRecovery(roleId);
  const [filter, setFilter] = useState<ChecklistFilter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // A reorder shows at once; the live query confirms it (or a failure drops it).
  const [pendingOrder, setPendingOrder] = useState<readonly string[] | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const storedIds = stored?.map((item) => item.id) ?? [];
  if (pendingOrder) {
    const settled =
      sameOrder(pendingOrder, storedIds) ||
      pendingOrder.length !== storedIds.length ||
      !storedIds.every((id) => pendingOrder.includes(id));
    if (settled) setPendingOrder(null);
  }

  const onExpand = useCallback((id: string, open: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  if (stored === undefined || nextStage === undefined) {
    return <div className="screen-loading" aria-busy="true" />;
  }

  const byId = new Map(stored.map((item) => [item.id, item]));
  const requirements = pendingOrder ? pendingOrder.flatMap((id) => byId.get(id) ?? []) : stored;
  const currentIds = requirements.map((item) => item.id);
  const progress = checklistProgress(stored);
  const probed = new Set(nextStage?.probeRequirementIds ?? []);
  const groupOf = (id: UniqueIdentifier) => byId.get(String(id))?.kind;

  function reorder(groupIds: readonly string[]) {
    const merged = mergeOrder(currentIds, groupIds);
    if (!merged) return;
    setPendingOrder(merged);
    void commands.reorder(groupIds).then((saved) => {
      if (!saved) setPendingOrder(null);
    });
  }

  function idsOfKind(kind: RequirementKind): string[] {
    return requirements.filter((item) => item.kind === kind).map((item) => item.id);
  }

  function move(item: Requirement, delta: -1 | 1) {
    const next = shiftId(idsOfKind(item.kind), item.id, delta);
    if (next) reorder(next);
  }

  function dragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const kind = groupOf(active.id);
    if (!kind || groupOf(over.id) !== kind) return;
    const ids = idsOfKind(kind);
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    reorder(arrayMove(ids, from, to));
  }

  // Items sort only among their own kind, and by their top edges: an item opened to
  // show its evidence is tall, and comparing centres would keep it from moving.
  const collisionDetection: CollisionDetection = ({
    active,
    collisionRect,
    droppableRects,
    droppableContainers,
  }) => {
    const kind = groupOf(active.id);
    const collisions: Collision[] = [];
    for (const container of droppableContainers) {
      const rect = droppableRects.get(container.id);
      if (!rect || groupOf(container.id) !== kind) continue;
      const value = Math.abs(rect.top - collisionRect.top);
      collisions.push({ id: container.id, data: { droppableContainer: container, value } });
    }
    return collisions.sort((a, b) => Number(a.data?.value) - Number(b.data?.value));
  };

  const textOf = (id: UniqueIdentifier) => `“${byId.get(String(id))?.text ?? 'item'}”`;
  const placeOf = (id: UniqueIdentifier | undefined) => {
    const kind = id === undefined ? undefined : groupOf(id);
    if (id === undefined || !kind) return '';
    const ids = idsOfKind(kind);
    return `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${textOf(active.id)}, ${placeOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${textOf(active.id)} is over ${placeOf(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped ${textOf(active.id)} at ${placeOf(over.id)}.` : 'Dropped.',
    onDragCancel: ({ active }) => `Cancelled: ${textOf(active.id)} is back in place.`,
  };

  const reorderable = filter === 'all';
  const probedCount = stored.filter((item) => probed.has(item.id)).length;

  return (
    <div className="checklist">
      {stored.length === 0 ? (
        <div className="empty-state compact">
          <p>No requirements were found in this posting.</p>
          <p className="muted">Add what you want to prepare for this role below.</p>
        </div>
      ) : (
        <>
          <ChecklistFilters
            filter={filter}
            onFilter={setFilter}
            nextStage={nextStage}
            probedCount={probedCount}
          />
          <DndContext
            sensors={sensors}
            collisionDetection={collisionDetection}
            onDragEnd={dragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable:
                  'To reorder, press Space or Enter, move with the arrow keys, and press Space or Enter again to drop, or Escape to cancel.',
              },
            }}
          >
            {GROUPS.map(({ kind, title, hint }) => {
              const ofKind = requirements.filter((item) => item.kind === kind);
              if (ofKind.length === 0) return null;
              return (
                <ChecklistGroup
                  key={kind}
                  kind={kind}
                  title={title}
                  hint={hint}
                  progress={progress[kind]}
                  evidenceCount={ofKind.filter((item) => item.evidence.trim() !== '').length}
                  items={ofKind.filter((item) => matchesFilter(item, filter, probed))}
                  emptyMessage={emptyMessage(filter, kind, nextStage !== null)}
                  reorderable={reorderable}
                  commands={commands}
                  expanded={expanded}
                  onExpand={onExpand}
                  onMove={move}
                />
              );
            })}
          </DndContext>
        </>
      )}
      <AddItemForm
        onAdd={commands.add}
        onAdded={(item) => {
          if (!matchesFilter(item, filter, probed)) {
            notify(`Added “${item.text}”; the current filter hides it.`);
          }
        }}
      />
      <ResponsibilitiesPanel roleId={roleId} />
    </div>
  );
}
