/**
 * Where to land when a role is opened from somewhere else (the search palette): which tab,
 * and which checklist item or note in it. The route says only which role; the target
 * travels beside it, and each screen part takes what concerns it once.
 */
import { useEffect, useRef } from 'react';
import { navigate, roleHref } from './routes';

export interface RoleTarget {
  roleId: string;
  tab: 'checklist' | 'notes' | 'contacts';
  /** A checklist item to bring into view, and its text (how its row is found). */
  itemId?: string;
  itemText?: string;
  /** A note to open. */
  noteId?: string;
  /** Tells two requests for the same place apart (both must act). */
  seq: number;
}

let current: RoleTarget | null = null;
let seq = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Opens the role (or stays on it) and asks its screen to show the target. */
export function openRoleAt(target: Omit<RoleTarget, 'seq'>): void {
  seq += 1;
  current = { ...target, seq };
  for (const listener of [...listeners]) listener();
  navigate(roleHref(target.roleId));
}

/** Which parts of a screen act on a target: each acts once per target. */
export type TargetPart = 'tab' | 'note';
const handled = new Set<string>();

const pending = (target: RoleTarget | null, roleId: string, part: TargetPart) =>
  target?.roleId === roleId && !handled.has(`${part}:${String(target.seq)}`) ? target : null;

/**
 * Calls `handler` with each new target in this role that `part` has not acted on yet
 * (one waiting when the component mounts included), marking it handled first.
 */
export function useRoleTargetHandler(
  roleId: string,
  part: TargetPart,
  handler: (target: RoleTarget) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const check = () => {
      const target = pending(current, roleId, part);
      if (!target) return;
      handled.add(`${part}:${String(target.seq)}`);
      latest.current(target);
    };
    check();
    return subscribe(check);
  }, [roleId, part]);
}

/** The latest target in this role that `part` has not acted on, read once (first state). */
export function peekRoleTarget(roleId: string, part: TargetPart): RoleTarget | null {
  return pending(current, roleId, part);
}
