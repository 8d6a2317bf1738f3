// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { preloadApp } from '../../app/preload-app';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import {
  formatBackupDate,
  formatSize,
} from '../../../../../renderer/src/features/backup/backup-text';
import type { AutoBackupEntry } from '../../../../../shared/ipc/channels';
import { fail, ok } from '../../../../../shared/ipc/result';
import { deleteTracked, seededWithNotes, snapshot } from '../../db/backup/backup-fixtures';
import { fakePlatform } from '../../platform/fake-platform';
import { countCells, findRestoreConfirm } from './restore-confirm';

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await deleteTracked();
});

const NEWER: AutoBackupEntry = {
  id: 'shortlist-2026-01-05-101500-daily.json',
  at: Date.UTC(2026, 0, 5, 10, 15),
  reason: 'daily',
  size: 2_600_000,
};
const OLDER: AutoBackupEntry = {
  id: 'shortlist-2026-01-02-080000-pre-upgrade.json',
  at: Date.UTC(2026, 0, 2, 8, 0),
  reason: 'pre-upgrade',
  size: 12_800,
};

/** A desktop whose Backups folder holds NEWER and OLDER, NEWER's text being `content`. */
function withAutoBackups(content: string) {
  const reads: string[] = [];
  const fake = fakePlatform({
    getBackupInfo: () =>
      Promise.resolve(ok({ folder: '/data/Backups', count: 2, latestAt: NEWER.at })),
    listAutoBackups: () => Promise.resolve(ok([NEWER, OLDER])),
    readAutoBackup: (id) => {
      reads.push(id);
      return Promise.resolve(
        id === NEWER.id
          ? ok({ name: NEWER.id, content, size: content.length })
          : fail(`No automatic backup ${id}.`),
      );
    },
  });
  return { ...fake, reads };
}

async function openDialog(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Backup & restore' }));
  return screen.findByRole('dialog', { name: 'Backup & restore' });
}

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('Restoring an automatic backup', () => {
  it('lists the kept backups newest first with why and how big', async () => {
    const db = await seededWithNotes(0);
    render(<App db={db} platform={withAutoBackups('{}').platform} />);
    const dialog = await openDialog();
    const list = await within(dialog).findByRole('list', { name: 'Kept automatic backups' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `${formatBackupDate(NEWER.at)}Daily · ${formatSize(NEWER.size)}Restore…`,
      `${formatBackupDate(OLDER.at)}Before upgrade · ${formatSize(OLDER.size)}Restore…`,
    ]);
    // Sizes read as people expect, whatever the locale's decimal mark.
    expect(formatSize(NEWER.size)).toMatch(/^2[.,]5\sMB$/);
    expect(formatSize(OLDER.size)).toMatch(/^12[.,]5\skB$/);
    expect(formatSize(900)).toBe('900 bytes');
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Restore the backup from ${formatBackupDate(NEWER.at)}…`,
      `Restore the backup from ${formatBackupDate(OLDER.at)}…`,
    ]);
  });

  it('Restore… checks it, shows the counts, and replaces everything when confirmed', async () => {
    const source = await seededWithNotes(3);
    const text = await createBackupText(source, { appVersion: '4.5.6' });
    const target = await seededWithNotes(1);
    const desktop = withAutoBackups(text);
    render(<App db={target} platform={desktop.platform} />);
    const dialog = await openDialog();
    fireEvent.click(
      await within(dialog).findByRole('button', {
        name: `Restore the backup from ${formatBackupDate(NEWER.at)}…`,
      }),
    );
    const confirm = await findRestoreConfirm();
    expect(desktop.reads).toEqual([NEWER.id]);
    within(confirm).getByText(new RegExp(`“${NEWER.id}” was made .* by Shortlist 4\\.5\\.6`));
    expect(countCells(confirm, /^Notes/)).toEqual(['1', '3']);
    // Nothing is touched before the answer.
    expect(await target.notes.count()).toBe(1);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all data' }));
    await screen.findAllByText(
      /^Restored the backup from .*: 5 roles, 0 interview stages, 3 notes\.$/,
    );
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
  });

  it('a broken automatic backup is refused with the reason and changes nothing', async () => {
    const db = await seededWithNotes(2);
    const before = await snapshot(db);
    render(
      <App db={db} platform={withAutoBackups('{"formatName":"dexie","data":{"tab').platform} />,
    );
    const dialog = await openDialog();
    fireEvent.click(
      await within(dialog).findByRole('button', {
        name: `Restore the backup from ${formatBackupDate(NEWER.at)}…`,
      }),
    );
    const alert = await within(dialog).findByText(/^This file is not a Shortlist backup/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Replace all data with this backup?' })).toBeNull();
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('one that can no longer be read says why and changes nothing', async () => {
    const db = await seededWithNotes(2);
    const before = await snapshot(db);
    render(<App db={db} platform={withAutoBackups('{}').platform} />);
    const dialog = await openDialog();
    fireEvent.click(
      await within(dialog).findByRole('button', {
        name: `Restore the backup from ${formatBackupDate(OLDER.at)}…`,
      }),
    );
    await within(dialog).findByText(`No automatic backup ${OLDER.id}.`);
    expect(screen.queryByRole('dialog', { name: 'Replace all data with this backup?' })).toBeNull();
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('with none kept yet, says so and lists nothing', async () => {
    const db = await seededWithNotes(0);
    render(<App db={db} platform={fakePlatform().platform} />);
    const dialog = await openDialog();
    await within(dialog).findByText('None yet: the first is made shortly after Shortlist starts.');
    expect(within(dialog).queryByRole('list', { name: 'Kept automatic backups' })).toBeNull();
  });
});
