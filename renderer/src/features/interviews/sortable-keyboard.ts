/**
 * Keyboard and collision rules for a vertical list whose items differ in height (an
 * open stage card is ten times a closed one). dnd-kit's own keyboard getter aligns
 * edges, which with a tall item leaves its centre nearest its own slot, so nothing
 * moves; here each arrow press puts the item's centre on the next slot's centre.
 */
import {
  closestCenter,
  pointerWithin,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';

const STEPS: Readonly<Record<string, -1 | 1>> = { ArrowUp: -1, ArrowDown: 1 };

export const centredKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const step = STEPS[event.code];
  if (step === undefined) return undefined;
  event.preventDefault();
  const { active, over, collisionRect, droppableRects } = context;
  if (!active || !collisionRect) return undefined;
  // Measured rects ignore the sorting transforms, so their tops give the list order.
  const ordered: UniqueIdentifier[] = [...droppableRects.entries()]
    .sort(([, a], [, b]) => a.top - b.top)
    .map(([id]) => id);
  const target = ordered[ordered.indexOf(over?.id ?? active.id) + step];
  const rect = target === undefined ? undefined : droppableRects.get(target);
  if (!rect) return undefined;
  const shift = rect.top + rect.height / 2 - (collisionRect.top + collisionRect.height / 2);
  return { x: currentCoordinates.x, y: currentCoordinates.y + shift };
};

/**
 * With a pointer, the slot under the pointer wins (where the user aims, whatever the
 * dragged card's height); with the keyboard, the nearest centre.
 */
export const pointerThenCentre: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const under = pointerWithin(args);
    if (under.length > 0) return under;
  }
  return closestCenter(args);
};
