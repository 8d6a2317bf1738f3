/**
 * The ordered stages. Reordering works by dragging a handle with the pointer, by the
 * keyboard on the same handle (Space, arrows, Space) and by Move up/down buttons; the
 * new order shows at once while it is written.
 */
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { InterviewStage, Requirement } from '../../../../shared/domain/model';
import { moveId, moveStep, reconcileOrder, sameOrder } from '../../../../shared/domain/reorder';
import { localTimeZone } from '../../../../shared/domain/stage-time';
import type { StageCommands } from './use-stages';
import { StageCard } from './StageCard';
import { centredKeyboardCoordinates, pointerThenCentre } from './sortable-keyboard';

interface StageListProps {
  applicationId: string;
  stages: readonly InterviewStage[];
  requirements: readonly Requirement[];
  commands: StageCommands;
  expanded: ReadonlySet<string>;
  onToggle: (stageId: string) => void;
  justAdded: string | null;
}

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this stage, press Space or Enter, use the arrow keys to move it, then press Space or Enter again to drop it, or Escape to cancel.',
};

export function StageList(props: StageListProps) {
  const { applicationId, stages, requirements, commands } = props;
  const localZone = useMemo(() => localTimeZone(), []);
  const stored = stages.map((stage) => stage.id);
  const [pending, setPending] = useState<string[] | null>(null);
  // The store caught up with the optimistic order (or moved on): drop it.
  if (pending && sameOrder(reconcileOrder(pending, stored), stored)) setPending(null);
  const ids = pending ? reconcileOrder(pending, stored) : stored;
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? 'stage';
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: centredKeyboardCoordinates }),
  );

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${ids.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)} of ${ids.length}.`
        : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  function applyOrder(next: string[]) {
    setPending(next);
    void commands.reorder(applicationId, next).then((saved) => {
      if (!saved) setPending(null);
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    applyOrder(moveId(ids, String(active.id), ids.indexOf(String(over.id))));
  }

  // Focus follows a stage moved with its buttons; at either end, onto the other button.
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ id: string; delta: -1 | 1 } | null>(null);
  useEffect(() => {
    const request = focusAfterMove.current;
    if (!request) return;
    focusAfterMove.current = null;
    const wanted = moveButtons.current.get(`${request.id}:${request.delta}`);
    const other = moveButtons.current.get(`${request.id}:${-request.delta}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  function move(stage: InterviewStage, delta: -1 | 1) {
    const next = moveStep(ids, stage.id, delta);
    if (!next) return;
    focusAfterMove.current = { id: stage.id, delta };
    applyOrder(next);
  }

  const moveButtonRef =
    (stageId: string) =>
    (delta: -1 | 1): Ref<HTMLButtonElement> =>
    (node) => {
      if (node) moveButtons.current.set(`${stageId}:${delta}`, node);
      else moveButtons.current.delete(`${stageId}:${delta}`);
    };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerThenCentre}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {/* Busy until a new order is stored: the list shows it before the write ends. */}
        <ol className="stage-list" aria-label="Interview stages" aria-busy={pending !== null}>
          {ids.map((id, index) => {
            const stage = byId.get(id);
            if (!stage) return null;
            return (
              <StageCard
                key={id}
                stage={stage}
                index={index}
                count={ids.length}
                expanded={props.expanded.has(id)}
                justAdded={props.justAdded === id}
                localZone={localZone}
                requirements={requirements}
                onToggle={() => {
                  props.onToggle(id);
                }}
                onChange={(patch) => commands.update(stage, patch)}
                onMove={(delta) => {
                  move(stage, delta);
                }}
                onDelete={() => {
                  void commands.remove(stage);
                }}
                moveButtonRef={moveButtonRef(id)}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
