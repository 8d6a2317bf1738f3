import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';

type CrossWindow = typeof import('../../../../renderer/src/db/cross-window');

/** Each import is one window: its own id, channel and lock (Node has both APIs). */
async function openWindow(): Promise<CrossWindow> {
  vi.resetModules();
  return import('../../../../renderer/src/db/cross-window');
}

function fakeDb() {
  const listeners = new Set<() => void>();
  const db = {
    close: vi.fn(),
    on: (_event: 'versionchange', listener?: () => void) => {
      if (listener) listeners.add(listener);
      return { unsubscribe: (gone: () => void) => listeners.delete(gone) };
    },
  };
  return {
    db: db as unknown as ShortlistDb,
    close: db.close,
    versionChange: () => {
      for (const listener of listeners) listener();
    },
  };
}

const stops: (() => void)[] = [];
beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
  });
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllGlobals();
});

describe('a restore and the other windows', () => {
  it('every other window stops writing before the restore runs, and reloads after it', async () => {
    const restoring = await openWindow();
    const other = await openWindow();
    const b = fakeDb();
    const events: string[] = [];
    const reloaded = new Promise<void>((resolve) => {
      stops.push(
        other.watchOtherWindows(b.db, {
          onReplacing: () => events.push('other stopped'),
          onChanged: (change) => events.push(`other told ${change}`),
          reload: () => {
            events.push('other reloaded');
            resolve();
          },
        }),
      );
    });
    // The other window's presence lock is taken asynchronously.
    await vi.waitFor(async () => {
      const { held = [] } = await navigator.locks.query();
      expect(held.some((lock) => lock.name?.startsWith('shortlist-window:'))).toBe(true);
    });

    await restoring.replaceAcrossWindows(() => {
      events.push(`restore (other db closed: ${String(b.close.mock.calls.length > 0)})`);
      return Promise.resolve();
    });
    await reloaded;
    expect(events).toEqual(['other stopped', 'restore (other db closed: true)', 'other reloaded']);
    expect(other.takeReloadReason()).toBe('restore');
    expect(other.takeReloadReason()).toBeNull();
  });

  it('sample roles added elsewhere are told, not reloaded for', async () => {
    const adding = await openWindow();
    const other = await openWindow();
    const b = fakeDb();
    const told = new Promise<string>((resolve) => {
      stops.push(
        other.watchOtherWindows(b.db, {
          onReplacing: () => undefined,
          onChanged: resolve,
          reload: () => {
            throw new Error('must not reload');
          },
        }),
      );
    });
    adding.announceChange('samples');
    expect(await told).toBe('samples');
    expect(b.close).not.toHaveBeenCalled();
  });

  it('a newer schema opened elsewhere closes this window’s database and reloads it', async () => {
    const window = await openWindow();
    const b = fakeDb();
    const reload = vi.fn();
    stops.push(
      window.watchOtherWindows(b.db, { onReplacing: vi.fn(), onChanged: vi.fn(), reload }),
    );
    b.versionChange();
    expect(b.close).toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
    expect(window.takeReloadReason()).toBe('upgrade');
  });
});
