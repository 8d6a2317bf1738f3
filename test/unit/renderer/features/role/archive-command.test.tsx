// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { roleHref } from '../../../../../renderer/src/services/routes';
import { preloadApp } from '../../app/preload-app';
import { freshDb } from '../../db/test-db';
import { fakePlatform } from '../../platform/fake-platform';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

async function archivedFlag(db: ShortlistDb, roleId: string): Promise<number | undefined> {
  return (await db.roles.get(roleId))?.archived;
}

describe('File → Archive or Unarchive Role (menu command)', () => {
  it('archives the open role with Undo, and unarchives it when sent again', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const role = await db.roles.where('seedKey').equals('canonical-em-hpc').first();
    if (!role) throw new Error('sample role missing');
    const desktop = fakePlatform();
    window.location.hash = roleHref(role.id);
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByRole('heading', { level: 1, name: role.title });

    desktop.send('archive-role');
    await waitFor(async () => {
      expect(await archivedFlag(db, role.id)).toBe(1);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      expect(await archivedFlag(db, role.id)).toBe(0);
    });
    // The command acts on what the header shows: wait until it shows the role back.
    await screen.findByRole('button', { name: 'Archive' });

    desktop.send('archive-role');
    await waitFor(async () => {
      expect(await archivedFlag(db, role.id)).toBe(1);
    });
    await screen.findByRole('button', { name: 'Unarchive' });
    desktop.send('archive-role');
    await waitFor(async () => {
      expect(await archivedFlag(db, role.id)).toBe(0);
    });
    await db.delete();
  });

  it('says to open a role when none is open', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByRole('table', { name: 'Roles' });
    desktop.send('archive-role');
    await screen.findByText('Open a role to archive it.');
    expect((await db.roles.toArray()).every((role) => role.archived === 0)).toBe(true);
    await db.delete();
  });
});
