// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import {
  DAILY_BACKUP_CHECK_MS,
  DAILY_BACKUP_DELAY_MS,
} from '../../../../../renderer/src/features/backup/use-daily-backup';
import type { AutoBackupReason } from '../../../../../shared/ipc/channels';
import type { Note } from '../../../../../shared/domain/model';
import { fail, ok } from '../../../../../shared/ipc/result';
import { snapshot } from '../../db/backup/backup-fixtures';
import { freshDb } from '../../db/test-db';
import { fakePlatform } from '../../platform/fake-platform';

const opened: ShortlistDb[] = [];
afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  window.location.hash = '';
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seeded(extraNotes: number): Promise<ShortlistDb> {
  const db = freshDb();
  opened.push(db);
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const [role] = await db.roles.toArray();
  const notes: Note[] = Array.from({ length: extraNotes }, (_, i) => ({
    id: `note-${String(i)}`,
    roleId: role?.id ?? '',
    title: `Note ${String(i)}`,
    body: '',
    tags: [],
    pinned: 0,
    createdAt: 1,
    updatedAt: 1,
  }));
  await db.notes.bulkAdd(notes);
  return db;
}

function openedFile(content: string) {
  return () =>
    Promise.resolve(
      ok({
        status: 'opened' as const,
        file: { name: 'backup.json', content, size: content.length },
      }),
    );
}

describe('Backup & restore in the app', () => {
  it('File → Restore… shows counts now and in the backup, then replaces everything', async () => {
    const source = await seeded(3);
    const text = await createBackupText(source, { appVersion: '7.7.7', now: Date.UTC(2026, 0, 5) });
    const target = await seeded(1);
    const desktop = fakePlatform({ openFile: openedFile(text) });
    render(<App db={target} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');

    desktop.send('restore-backup');
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace all data with this backup?',
    });
    expect(within(confirm).getByText(/by Shortlist 7\.7\.7/)).toBeTruthy();
    const notesRow = within(confirm).getByRole('row', { name: /^Notes/ });
    expect(
      within(notesRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '3']);
    const rolesRow = within(confirm).getByRole('row', { name: /^Roles/ });
    expect(
      within(rolesRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5', '5']);
    // Cancel is the safe default.
    expect(document.activeElement?.textContent).toBe('Cancel');

    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all data' }));
    await screen.findAllByText(
      /^Restored the backup from .*: 5 roles, 0 interview stages, 3 notes\.$/,
    );
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
  });

  it('a broken file is refused with the reason, no confirmation, and no change', async () => {
    const db = await seeded(2);
    const before = await snapshot(db);
    const desktop = fakePlatform({ openFile: openedFile('{"formatName":"dexie","data":{"tab') });
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');

    desktop.send('restore-backup');
    const dialog = await screen.findByRole('dialog', { name: 'Backup & restore' });
    const alert = await within(dialog).findByText(
      /^This file is not a Shortlist backup: it ends too early/,
    );
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Replace all data with this backup?' })).toBeNull();
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('cancelling the confirmation changes nothing and says so', async () => {
    const source = await seeded(4);
    const text = await createBackupText(source, { appVersion: '1' });
    const db = await seeded(0);
    const before = await snapshot(db);
    const desktop = fakePlatform({ openFile: openedFile(text) });
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    desktop.send('restore-backup');
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace all data with this backup?',
    });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Nothing was restored; your data is as it was.');
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('restoring first keeps the current data as a pre-restore automatic backup', async () => {
    const source = await seeded(3);
    const text = await createBackupText(source, { appVersion: '1' });
    const target = await seeded(1);
    const before = await snapshot(target);
    const kept: { content: string; dataThen: Record<string, unknown[]> }[] = [];
    const desktop = fakePlatform({
      openFile: openedFile(text),
      writeAutoBackup: async (reason, content) => {
        // What the database held at the moment the copy was handed over.
        if (reason === 'pre-restore') kept.push({ content, dataThen: await snapshot(target) });
        return ok({ path: `/data/backups/${reason}.json` });
      },
    });
    render(<App db={target} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    desktop.send('restore-backup');
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace all data with this backup?',
    });
    within(confirm).getByText(/Your current data is saved as an automatic backup first\./);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all data' }));
    await screen.findAllByText(/^Restored the backup from /);

    expect(kept).toHaveLength(1);
    expect(kept[0]?.dataThen).toStrictEqual(before);
    // The copy is a whole, restorable backup of what was replaced.
    const copy = validateBackup(kept[0]?.content ?? '');
    if (!copy.ok) throw new Error(copy.error);
    expect(copy.backup.counts.notes).toBe(1);
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
  });

  it('refuses to restore, changing nothing, when the safety copy cannot be kept', async () => {
    const source = await seeded(3);
    const text = await createBackupText(source, { appVersion: '1' });
    const target = await seeded(1);
    const before = await snapshot(target);
    const desktop = fakePlatform({
      openFile: openedFile(text),
      writeAutoBackup: (reason) =>
        Promise.resolve(
          reason === 'pre-restore' ? fail('Disk full.') : ok({ path: '/data/backups/x.json' }),
        ),
    });
    render(<App db={target} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    desktop.send('restore-backup');
    const confirm = await screen.findByRole('dialog', {
      name: 'Replace all data with this backup?',
    });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Backup & restore' });
    const alert = await within(dialog).findByText(
      'Nothing was restored: a copy of your current data could not be saved first (Disk full.).',
    );
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByText(/^Restored the backup/)).toBeNull();
    expect(await snapshot(target)).toStrictEqual(before);
  });

  it('the Sidebar entry shows where automatic backups are; Back up now saves a dated file', async () => {
    const db = await seeded(1);
    const desktop = fakePlatform({
      getBackupInfo: () =>
        Promise.resolve(
          ok({ folder: '/home/me/.config/Shortlist/backups', count: 4, latestAt: 1 }),
        ),
    });
    render(<App db={db} platform={desktop.platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Backup & restore' }));
    const dialog = await screen.findByRole('dialog', { name: 'Backup & restore' });
    await within(dialog).findByText('/home/me/.config/Shortlist/backups');
    within(dialog).getByText(/^4 kept; the newest from /);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Back up now…' }));
    const saved = await within(dialog).findByText(
      /^Saved to \/chosen\/shortlist-backup-\d{4}-\d\d-\d\d\.json\.$/,
    );
    expect(saved).toBeTruthy();
    const call = desktop.calls.find((entry) => entry[0] === 'saveFile');
    const request = call?.[1] as { kind: string; content: string };
    expect(request.kind).toBe('backup');
    expect(JSON.parse(request.content)).toMatchObject({
      formatName: 'dexie',
      shortlist: { appVersion: '0' },
    });
  });

  it('a platform that refuses to save shows the error in the dialog', async () => {
    const db = await seeded(0);
    const desktop = fakePlatform({ saveFile: () => Promise.resolve(fail('The disk is full.')) });
    render(<App db={db} platform={desktop.platform} />);
    desktop.send('back-up');
    const dialog = await screen.findByRole('dialog', { name: 'Backup & restore' });
    await within(dialog).findByText('The backup was not saved: The disk is full.');
  });

  it('takes the daily backup after start-up, and says once, quietly, when it fails', async () => {
    const db = await seeded(0);
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
    const db = await seeded(1);
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
    const db = await seeded(0);
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
    const db = await seeded(0);
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
    const db = await seeded(2);
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
