/**
 * An always-mounted part of the shell (a dialog with its commands: search, backup,
 * export progress, shortcuts) whose code is not needed to show the first screen. It
 * mounts at the first idle moment after the first screen, or at once when one of its
 * commands arrives first: the command is kept until the part has loaded and handles it.
 */
import { Suspense, useEffect, useState, type LazyExoticComponent, type ComponentType } from 'react';
import { queueAppCommand, useAppCommand, type AppCommand } from '../services/commands';
import { afterFirstScreen } from '../services/first-screen';

/** How long a command waits for its part's code (a busy machine may take a while). */
const LOAD_WAIT_MS = 15_000;

let atOnce = false;

/**
 * Parts mount at once from now on, without waiting for the first screen: for tests that
 * drive the whole app with the parts' code already loaded.
 */
export function mountDeferredPartsAtOnce(): void {
  atOnce = true;
}

interface DeferredPartProps {
  part: LazyExoticComponent<ComponentType>;
  /** The app commands the part handles once mounted. */
  commands: readonly AppCommand[];
  /** Another way to ask for the part before it has mounted (e.g. a Sidebar entry). */
  subscribe?: (wanted: () => void) => () => void;
}

export function DeferredPart({ part: Part, commands, subscribe }: DeferredPartProps) {
  const [wanted, setWanted] = useState(atOnce);
  useEffect(() => {
    if (wanted) return;
    const want = () => {
      setWanted(true);
    };
    const cancel = afterFirstScreen(want);
    const unsubscribe = subscribe?.(want);
    return () => {
      cancel();
      unsubscribe?.();
    };
  }, [wanted, subscribe]);

  const keep = (command: AppCommand) => {
    queueAppCommand(command, Date.now(), LOAD_WAIT_MS);
    setWanted(true);
  };
  const catchers = commands.map((command) => (
    <CommandCatcher key={command} command={command} onCommand={keep} />
  ));
  if (!wanted) return catchers;
  // While the code loads, commands still arrive here and wait for the part.
  return (
    <Suspense fallback={catchers}>
      <Part />
    </Suspense>
  );
}

function CommandCatcher({
  command,
  onCommand,
}: {
  command: AppCommand;
  onCommand: (command: AppCommand) => void;
}) {
  useAppCommand(command, () => {
    onCommand(command);
  });
  return null;
}
