// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import type { Note } from '../../../../../shared/domain/model';
import { fail, ok } from '../../../../../shared/ipc/result';
import { snapshot } from '../../db/backup/backup-fixtures';
import { freshDb } from '../../db/test-db';
import { fakePlatform } from '../../platform/fake-platform';

const opened: ShortlistDb[] = [];
afterEach(async () => {
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
    const writer = fakePlatform();
    cleanup();
    // A new app on the same database does not try again (once per run).
    render(<App db={db} platform={writer.platform} />);
    await screen.findByText('5 roles you are tracking');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(writer.calls.filter((call) => call[0] === 'writeAutoBackup')).toEqual([]);
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
