// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { preloadApp } from '../../app/preload-app';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import { fail, ok } from '../../../../../shared/ipc/result';
import { deleteTracked, seededWithNotes, snapshot } from '../../db/backup/backup-fixtures';
import { fakePlatform } from '../../platform/fake-platform';
import { changeCell, countCells, findRestoreConfirm } from './restore-confirm';

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await deleteTracked();
});

function openedFile(content: string) {
  return () =>
    Promise.resolve(
      ok({
        status: 'opened' as const,
        file: { name: 'backup.json', content, size: content.length },
      }),
    );
}

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('Backup & restore in the app', () => {
  it('File → Restore… shows counts now and in the backup, then replaces everything', async () => {
    const source = await seededWithNotes(3);
    const text = await createBackupText(source, { appVersion: '7.7.7', now: Date.UTC(2026, 0, 5) });
    const target = await seededWithNotes(1);
    const desktop = fakePlatform({ openFile: openedFile(text) });
    render(<App db={target} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');

    desktop.send('restore-backup');
    const confirm = await findRestoreConfirm();
    expect(within(confirm).getByText(/by Shortlist 7\.7\.7/)).toBeTruthy();
    expect(countCells(confirm, /^Notes/)).toEqual(['1', '3']);
    expect(countCells(confirm, /^Roles/)).toEqual(['5', '5']);
    // note-0 is in both, under the other database's role id (changed); two are new.
    expect(changeCell(confirm, /^Notes/)).toBe('2 added · 1 changed');
    // Cancel is the safe default.
    expect(document.activeElement?.textContent).toBe('Cancel');

    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all data' }));
    await screen.findAllByText(
      /^Restored the backup from .*: 5 roles, 0 interview stages, 3 notes\.$/,
    );
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
  });

  it('a broken file is refused with the reason, no confirmation, and no change', async () => {
    const db = await seededWithNotes(2);
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
    const source = await seededWithNotes(4);
    const text = await createBackupText(source, { appVersion: '1' });
    const db = await seededWithNotes(0);
    const before = await snapshot(db);
    const desktop = fakePlatform({ openFile: openedFile(text) });
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');
    desktop.send('restore-backup');
    const confirm = await findRestoreConfirm();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Nothing was restored; your data is as it was.');
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('restoring first keeps the current data as a pre-restore automatic backup', async () => {
    const source = await seededWithNotes(3);
    const text = await createBackupText(source, { appVersion: '1' });
    const target = await seededWithNotes(1);
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
    const confirm = await findRestoreConfirm();
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
    const source = await seededWithNotes(3);
    const text = await createBackupText(source, { appVersion: '1' });
    const target = await seededWithNotes(1);
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
    const confirm = await findRestoreConfirm();
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
    const db = await seededWithNotes(1);
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
    const db = await seededWithNotes(0);
    const desktop = fakePlatform({ saveFile: () => Promise.resolve(fail('The disk is full.')) });
    render(<App db={db} platform={desktop.platform} />);
    desktop.send('back-up');
    const dialog = await screen.findByRole('dialog', { name: 'Backup & restore' });
    await within(dialog).findByText('The backup was not saved: The disk is full.');
  });
});
