/**
 * Opens Backup & restore from anywhere (the Sidebar entry), without an app command:
 * the command list is for menu and keyboard commands, and this one is neither.
 */
const listeners = new Set<() => void>();

export function openBackupDialog(): void {
  for (const listener of [...listeners]) listener();
}

/** Subscribes the mounted Backup & restore dialog; returns the unsubscribe function. */
export function onOpenBackupDialog(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
