/**
 * Keeps the app's other windows from writing over data this window replaces. Before a
 * restore commits, every other window closes its database (so none of its pending edits,
 * autosaves or drafts can land on the restored data) and says so; once the restore is
 * done they reload onto it and tell the user why. A newer schema opened elsewhere
 * (Dexie's `versionchange`) does the same.
 *
 * A BroadcastChannel reaches every same-origin window: the tabs of the browser build and,
 * in the desktop app, every window of the single-instance main process (all load the
 * app:// origin), so this one renderer service covers both; the main process needs no
 * part in it. Web Locks (one per window, released by the browser when a window goes
 * away) say how many other windows there are to wait for.
 */
import type { ShortlistDb } from './db';
import { heldLockNames, holdLock } from './web-locks';

/** What replaced or changed the data. */
export type DataChange = 'restore' | 'samples' | 'upgrade';

type Message =
  | { kind: 'replacing'; from: string; id: string }
  | { kind: 'closed'; from: string; id: string }
  | { kind: 'changed'; from: string; change: DataChange };

const CHANNEL = 'shortlist-data';
const WINDOW_LOCK = 'shortlist-window:';
const NOTICE_KEY = 'shortlist-reloaded-after';
/** How long a restore waits for other windows to stop writing (a hung one is not waited for). */
export const CLOSE_WAIT_MS = 3000;
/** A window waiting for a restore reloads anyway after this (the restoring window died). */
const RELOAD_FALLBACK_MS = 60_000;

const windowId = crypto.randomUUID();

function openChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

/** How many other windows of the app are open now. */
async function otherWindowCount(): Promise<number> {
  const names = await heldLockNames(WINDOW_LOCK);
  return names.filter((name) => !name.endsWith(windowId)).length;
}

/**
 * Runs `replace` (a restore) once every other window has closed its database, or after
 * {@link CLOSE_WAIT_MS}; then tells them to reload, whether it succeeded or not.
 */
export async function replaceAcrossWindows<T>(replace: () => Promise<T>): Promise<T> {
  const channel = openChannel();
  if (!channel) return replace();
  const id = crypto.randomUUID();
  const others = await otherWindowCount();
  const closed = new Promise<void>((resolve) => {
    let count = 0;
    const timer = setTimeout(resolve, CLOSE_WAIT_MS);
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.kind !== 'closed' || event.data.id !== id) return;
      count += 1;
      if (count >= others) {
        clearTimeout(timer);
        resolve();
      }
    };
    if (others === 0) {
      clearTimeout(timer);
      resolve();
    }
  });
  channel.postMessage({ kind: 'replacing', from: windowId, id } satisfies Message);
  await closed;
  try {
    return await replace();
  } finally {
    channel.postMessage({ kind: 'changed', from: windowId, change: 'restore' } satisfies Message);
    channel.close();
  }
}

/** Tells the other windows that data was added here (their views follow by themselves). */
export function announceChange(change: DataChange): void {
  const channel = openChannel();
  channel?.postMessage({ kind: 'changed', from: windowId, change } satisfies Message);
  channel?.close();
}

export interface CrossWindowHandlers {
  /** Another window is replacing the data: this one has stopped writing. */
  onReplacing: () => void;
  /** Data changed elsewhere without replacing anything here (sample roles added). */
  onChanged: (change: DataChange) => void;
  /** Reloads the window (a test passes its own). */
  reload: () => void;
}

/**
 * Listens for other windows' restores and schema upgrades for as long as this window is
 * open. Returns a function that stops listening.
 */
export function watchOtherWindows(db: ShortlistDb, handlers: CrossWindowHandlers): () => void {
  const releaseLock = holdLock(WINDOW_LOCK + windowId);
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const stopAndReload = (change: DataChange, now: boolean) => {
    // Closed for good: every later write of this window fails instead of landing on the
    // new data, including a draft flushed as the page unloads.
    db.close();
    sessionStorage.setItem(NOTICE_KEY, change);
    handlers.onReplacing();
    if (now) handlers.reload();
    else fallback ??= setTimeout(handlers.reload, RELOAD_FALLBACK_MS);
  };

  const channel = openChannel();
  let replacing = false;
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.from === windowId) return;
      if (message.kind === 'replacing') {
        replacing = true;
        stopAndReload('restore', false);
        channel.postMessage({ kind: 'closed', from: windowId, id: message.id } satisfies Message);
      } else if (message.kind === 'changed') {
        if (replacing) handlers.reload();
        else handlers.onChanged(message.change);
      }
    };
  }
  const onVersionChange = () => {
    stopAndReload('upgrade', true);
  };
  db.on('versionchange', onVersionChange);

  return () => {
    clearTimeout(fallback);
    channel?.close();
    db.on('versionchange').unsubscribe(onVersionChange);
    releaseLock();
  };
}

/** Why this window was reloaded by another one, once (then forgotten). */
export function takeReloadReason(): DataChange | null {
  const reason = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return reason === 'restore' || reason === 'samples' || reason === 'upgrade' ? reason : null;
}
