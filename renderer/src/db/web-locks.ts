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

/**
 * Resolves once nobody holds the lock called `name` (at once when nobody does now): the
 * moment a closed window's lock is let go. Rejects when `signal` aborts the wait.
 */
export async function whenLockFree(name: string, signal: AbortSignal): Promise<void> {
  const locks = lockManager();
  if (!locks) return;
  await locks.request(name, { signal }, () => undefined);
}

/** The names of the locks held now, in any window of the app, that start with `prefix`. */
export async function heldLockNames(prefix: string): Promise<string[]> {
  const locks = lockManager();
  if (!locks) return [];
  const { held = [] } = await locks.query();
  return held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(prefix));
}

/**
 * Holds the lock called `name` once it is free, calling `onHeld` then: at once when
 * nobody holds it; else `onBusy` is called first, and `onHeld` when its holder lets go
 * or its window closes. The returned function stops waiting, or lets go once held.
 */
export function holdLockWhenFree(
  name: string,
  onHeld: () => void,
  onBusy: () => void = () => undefined,
): () => void {
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
  const hold = () => {
    onHeld();
    return held;
  };
  // First without waiting, so a lock held elsewhere is known at once (a query could not
  // tell another window's hold from this one's, granted a moment ago).
  locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) return hold();
      if (waiting.signal.aborted) return undefined;
      onBusy();
      locks.request(name, { signal: waiting.signal }, hold).catch(() => undefined);
      return undefined;
    })
    .catch(() => undefined);
  return () => {
    waiting.abort();
    release();
  };
}
