// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { preloadApp } from '../../app/preload-app';
import {
  DAILY_BACKUP_CHECK_MS,
  DAILY_BACKUP_DELAY_MS,
} from '../../../../../renderer/src/features/backup/use-daily-backup';
import type { AutoBackupReason } from '../../../../../shared/ipc/channels';
import { fail, ok } from '../../../../../shared/ipc/result';
import { deleteTracked, seededWithNotes } from '../../db/backup/backup-fixtures';
import { fakePlatform } from '../../platform/fake-platform';

afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  window.location.hash = '';
  await deleteTracked();
});

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('The daily automatic backup in the app', () => {
  it('takes the daily backup after start-up, and says once, quietly, when it fails', async () => {
    const db = await seededWithNotes(0);
    const desktop = fakePlatform({ writeAutoBackup: () => Promise.resolve(fail('Disk full.')) });
    render(<App db={db} platform={desktop.platform} />);
    const notice = await screen.findByText(
      "Today's automatic backup could not be made (Disk full.).",
      undefined,
      { timeout: 5000 },
    );
    expect(notice.closest('[role="status"]')).toBeTruthy();
  });

  /** Only the timers: fake-indexeddb keeps its real setImmediate. */
  function fakeClock(): void {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      // Testing Library's polling still moves on in real time.
      shouldAdvanceTime: true,
    });
  }

  /** A platform whose automatic backups are remembered, as the main process does. */
  function keepingPlatform(write: (reason: AutoBackupReason) => boolean = () => true) {
    const state = {
      latestAt: null as number | null,
      checks: 0,
      attempts: 0,
      writes: [] as number[],
    };
    const desktop = fakePlatform({
      getBackupInfo: () => {
        state.checks++;
        return Promise.resolve(ok({ folder: '/data/backups', count: 0, latestAt: state.latestAt }));
      },
      writeAutoBackup: (reason) => {
        state.attempts++;
        if (!write(reason)) return Promise.resolve(fail('Disk full.'));
        state.latestAt = Date.now();
        state.writes.push(state.latestAt);
        return Promise.resolve(ok({ path: `/data/backups/${reason}.json` }));
      },
    });
    return { desktop, state };
  }

  it('an app left open takes a new daily backup once a day has passed, checking hourly', async () => {
    fakeClock();
    const db = await seededWithNotes(1);
    const { desktop, state } = keepingPlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_DELAY_MS);
    await vi.waitFor(() => {
      expect(state.writes).toHaveLength(1);
    });
    // A write refreshes the Backup & restore info (one more request); let it settle.
    await vi.advanceTimersByTimeAsync(10);
    const base = state.checks;
    // Hour after hour it looks, and finds the backup recent.
    for (let hour = 1; hour <= 23; hour++) {
      await vi.advanceTimersByTimeAsync(DAILY_BACKUP_CHECK_MS);
      await vi.waitFor(() => {
        expect(state.checks).toBe(base + hour);
      });
      expect(state.writes).toHaveLength(1);
    }
    // 24 hours after start the backup is a few seconds short of a day; an hour later, due.
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_CHECK_MS);
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_CHECK_MS);
    await vi.waitFor(() => {
      expect(state.writes).toHaveLength(2);
    });
    const [first = 0, second = 0] = state.writes;
    expect(second - first).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
  });

  it('checks again when the window is shown, never two checks at once', async () => {
    fakeClock();
    const db = await seededWithNotes(0);
    const started = Date.now();
    let release: () => void = () => undefined;
    let checks = 0;
    const desktop = fakePlatform({
      getBackupInfo: () => {
        checks++;
        // The first check hangs until released: nothing else may start meanwhile. The
        // newest backup is from a minute before the test started: recent.
        const latestAt = started - 60_000;
        return checks === 1
          ? new Promise((resolve) => {
              release = () => {
                resolve(ok({ folder: '/data/backups', count: 1, latestAt }));
              };
            })
          : Promise.resolve(ok({ folder: '/data/backups', count: 1, latestAt }));
      },
    });
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_DELAY_MS);
    await vi.waitFor(() => {
      expect(checks).toBe(1);
    });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_CHECK_MS);
    expect(checks).toBe(1);
    release();
    // Once the first check has finished, showing the window checks again.
    await vi.advanceTimersByTimeAsync(10);
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => {
      expect(checks).toBe(2);
    });
    // Hidden: no check.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(10);
      expect(checks).toBe(2);
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(document.visibilityState).toBe('visible');
    expect(desktop.calls.filter((call) => call[0] === 'writeAutoBackup')).toEqual([]);
  });

  it('a failing daily backup is tried again an hour later, without a second notice', async () => {
    fakeClock();
    const db = await seededWithNotes(0);
    const { desktop, state } = keepingPlatform(() => false);
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_DELAY_MS);
    await screen.findByText("Today's automatic backup could not be made (Disk full.).");
    expect(state.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_CHECK_MS);
    await vi.waitFor(() => {
      expect(state.attempts).toBe(2);
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(
      screen.queryByText("Today's automatic backup could not be made (Disk full.)."),
    ).toBeNull();
  });

  it('writes the daily backup through the platform when none is recent', async () => {
    const db = await seededWithNotes(2);
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await waitFor(
      () => {
        expect(desktop.calls.some((call) => call[0] === 'writeAutoBackup')).toBe(true);
      },
      { timeout: 5000 },
    );
    const call = desktop.calls.find((entry) => entry[0] === 'writeAutoBackup');
    expect(call?.[1]).toBe('daily');
  });
});
