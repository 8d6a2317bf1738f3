// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { preloadApp } from './preload-app';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { deleteRole } from '../../../../renderer/src/db/roles-repo';
import { freshDb } from '../db/test-db';
import { fakePlatform } from '../platform/fake-platform';

/** A desktop platform whose native menu the test can click. */
const fakeDesktop = () => fakePlatform();

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('native menu commands in the renderer', () => {
  it('File → Restore Sample Roles brings back a deleted sample and says so', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const hpc = await db.roles.where('seedKey').equals('canonical-em-hpc').first();
    await deleteRole(db, hpc?.id ?? '');
    const desktop = fakeDesktop();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('4 roles you are tracking');

    desktop.send('restore-sample-roles');
    await screen.findByText('Restored 1 sample role.');
    await waitFor(async () => {
      expect(await db.roles.count()).toBe(5);
    });
    await screen.findByText('5 roles you are tracking');
    await db.delete();
  });

  it('View → Roles goes to the Roles screen; unmounting unsubscribes', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    window.location.hash = '#/roles/not-a-role';
    const desktop = fakeDesktop();
    const { unmount } = render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('This role is no longer here');
    desktop.send('show-roles');
    await screen.findByText('5 roles you are tracking');
    expect(desktop.listenerCount()).toBe(1);
    unmount();
    expect(desktop.listenerCount()).toBe(0);
    await db.delete();
  });
});
