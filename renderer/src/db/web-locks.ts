/**
 * Web Locks as presence markers: a window or editor holds a named lock for as long as it
 * is open, and the browser (Electron too) releases a closed or crashed page's locks, so
 * the names held now say who is still there. Absent in some test environments, where
 * nothing is held and nobody else is present.
 */
function lockManager(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
}

/** Holds the lock called `name` until the returned function is called. */
export function holdLock(name: string): () => void {
  const locks = lockManager();
  if (!locks) return () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(name, () => held).catch(() => undefined);
  return () => {
    release();
  };
}

/** The names of the locks held now, in any window of the app, that start with `prefix`. */
export async function heldLockNames(prefix: string): Promise<string[]> {
  const locks = lockManager();
  if (!locks) return [];
  const { held = [] } = await locks.query();
  return held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(prefix));
}

/**
 * Asks for the lock called `name` and holds it once it is free (at once when nobody
 * holds it; else when its holder lets go or its window closes), calling `onHeld` then.
 * The returned function stops waiting, or lets go once held.
 */
export function holdLockWhenFree(name: string, onHeld: () => void): () => void {
  const locks = lockManager();
  if (!locks) {
    onHeld();
    return () => undefined;
  }
  const waiting = new AbortController();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks
    .request(name, { signal: waiting.signal }, () => {
      onHeld();
      return held;
    })
    .catch(() => undefined);
  return () => {
    waiting.abort();
    release();
  };
}
