/**
 * App-wide commands that keyboard shortcuts and the native menu trigger and screens
 * handle (e.g. "new note" is handled by the Notes tab when it is showing). A tiny event
 * bus on `window`, so the sender needs no reference to whoever handles it.
 */
import { useEffect, useRef } from 'react';

export const APP_COMMANDS = [
  'new-note',
  'focus-search',
  'next-tab',
  'previous-tab',
  'go-roles',
  'go-agenda',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

const EVENT = 'shortlist:command';

/** Sends a command to whichever mounted component handles it. */
export function dispatchAppCommand(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent<AppCommand>(EVENT, { detail: command }));
}

/** Runs `handler` whenever `command` is dispatched while the component is mounted. */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<AppCommand>).detail === command) latest.current();
    };
    window.addEventListener(EVENT, listener);
    return () => {
      window.removeEventListener(EVENT, listener);
    };
  }, [command]);
}
