// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { preloadApp } from './preload-app';
import { logExport } from '../../../../renderer/src/db/export-activity';
import { storageStatus } from '../../../../renderer/src/db/storage-status';
import { DAILY_BACKUP_DELAY_MS } from '../../../../renderer/src/features/backup/use-daily-backup';
import { deleteTracked, seededWithNotes } from '../db/backup/backup-fixtures';
import { fakePlatform } from '../platform/fake-platform';

const BANNER = 'Storage is full: changes cannot be saved';

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
  window.location.hash = '';
  await deleteTracked();
});

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('read-only mode when storage is full', () => {
  it('says so above the screen when a write fails for lack of space, with what to do', async () => {
    const db = await seededWithNotes(0);
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    expect(screen.queryByRole('region', { name: BANNER })).toBeNull();
    storageStatus(db).markFull();

    const banner = await screen.findByRole('region', { name: BANNER });
    expect(banner.textContent).toContain('Back up to another disk first.');
    expect(banner.textContent).toContain('old automatic backups');
    for (const name of ['Back up…', 'Export all…', 'Try again']) {
      expect(within(banner).getByRole('button', { name })).toBeTruthy();
    }
  });

  it('Back up and Export all work from the banner and write nothing to the database', async () => {
    const db = await seededWithNotes(2);
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    storageStatus(db).markFull();
    const banner = await screen.findByRole('region', { name: BANNER });

    fireEvent.click(within(banner).getByRole('button', { name: 'Back up…' }));
    await waitFor(() => {
      expect(desktop.calls.some(([method]) => method === 'saveFile')).toBe(true);
    });
    fireEvent.click(within(banner).getByRole('button', { name: 'Export all…' }));
    await waitFor(() => {
      expect(desktop.calls.some(([method]) => method === 'saveFolder')).toBe(true);
    });
    const activities = await db.activities.count();
    // An export while full keeps no activity entry: there is no room for it.
    const role = await db.roles.toCollection().first();
    expect(await logExport(db, role?.id ?? '', 'Saved as Markdown')).toBeUndefined();
    expect(await db.activities.count()).toBe(activities);
  });

  it('takes no daily automatic backup while full', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldAdvanceTime: true,
    });
    const db = await seededWithNotes(0);
    storageStatus(db).markFull();
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    await vi.advanceTimersByTimeAsync(DAILY_BACKUP_DELAY_MS * 2);
    expect(desktop.calls.filter(([method]) => method === 'writeAutoBackup')).toEqual([]);
  });

  it('Try again leaves read-only mode once a write can be kept', async () => {
    const db = await seededWithNotes(0);
    render(<App db={db} platform={fakePlatform().platform} />);
    await screen.findByText('5 roles you are tracking');
    storageStatus(db).markFull();
    const banner = await screen.findByRole('region', { name: BANNER });
    fireEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: BANNER })).toBeNull();
    });
    expect(storageStatus(db).full).toBe(false);
  });
});
