/**
 * Opens Backup & restore from anywhere (the Sidebar entry), without an app command:
 * the command list is for menu and keyboard commands, and this one is neither. The
 * dialog's code loads after the first screen (app/DeferredPart.tsx): a click before it
 * has mounted asks for it and opens the dialog as soon as it subscribes.
 */
const listeners = new Set<() => void>();
const wantedListeners = new Set<() => void>();
let pending = false;

export function openBackupDialog(): void {
  if (listeners.size === 0) {
    pending = true;
    for (const wanted of [...wantedListeners]) wanted();
    return;
  }
  for (const listener of [...listeners]) listener();
}

/** Subscribes the mounted Backup & restore dialog; returns the unsubscribe function. */
export function onOpenBackupDialog(listener: () => void): () => void {
  listeners.add(listener);
  if (pending) {
    pending = false;
    listener();
  }
  return () => {
    listeners.delete(listener);
  };
}

/** Told when the dialog is asked for before it has mounted; returns the unsubscribe. */
export function onBackupDialogWanted(listener: () => void): () => void {
  wantedListeners.add(listener);
  return () => {
    wantedListeners.delete(listener);
  };
}
