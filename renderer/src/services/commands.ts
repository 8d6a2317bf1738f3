/**
 * App-wide commands that keyboard shortcuts and the native menu trigger and screens
 * handle (e.g. "new note" is handled by the Notes tab while it is showing). A command
 * sent before its handler exists (the shortcut switched to the Notes tab, which has not
 * mounted yet) waits briefly for the handler to appear.
 */
import { useEffect, useRef } from 'react';

export const APP_COMMANDS = [
  'new-note',
  'focus-search',
  'open-search',
  'next-tab',
  'previous-tab',
  'show-shortcuts',
  'new-role',
  'open-posting',
  'export-role',
  'archive-role',
  'export-all-roles',
  'back-up',
  'restore-backup',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** How long a command may wait for a handler that is about to mount. */
const PENDING_MS = 2000;

const handlers = new Map<AppCommand, Set<() => void>>();
const pending = new Map<AppCommand, number>();

/** Sends a command to the mounted components that handle it. Returns whether any did. */
export function dispatchAppCommand(command: AppCommand): boolean {
  const current = handlers.get(command);
  if (!current || current.size === 0) return false;
  for (const handler of [...current]) handler();
  return true;
}

/**
 * Keeps a command for the first handler of it that mounts in the next moments (or within
 * `waitMs`, for a handler whose code is still loading).
 */
export function queueAppCommand(
  command: AppCommand,
  now: number = Date.now(),
  waitMs: number = PENDING_MS,
): void {
  pending.set(command, now + waitMs);
}

/** Sends a command now, or to the first handler that mounts in the next moments. */
export function deferAppCommand(command: AppCommand, now: number = Date.now()): void {
  if (!dispatchAppCommand(command)) queueAppCommand(command, now);
}

/** Runs `handler` whenever `command` is dispatched while the component is mounted. */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => {
      latest.current();
    };
    const set = handlers.get(command) ?? new Set();
    set.add(run);
    handlers.set(command, set);
    const deadline = pending.get(command);
    if (deadline !== undefined) {
      pending.delete(command);
      if (deadline >= Date.now()) run();
    }
    return () => {
      set.delete(run);
    };
  }, [command]);
}
