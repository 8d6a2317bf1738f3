// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type {
  SaveFileRequest,
  SaveFolderRequest,
  SaveOutcome,
} from '../../../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../../../shared/ipc/result';
import { App } from '../../../../../renderer/src/app/App';
import { preloadApp } from '../../app/preload-app';
import { roleHref } from '../../../../../renderer/src/services/routes';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { listActivities } from '../../../../../renderer/src/db/activities-repo';
import { deleteRole } from '../../../../../renderer/src/db/roles-repo';
import { freshDb } from '../../db/test-db';
import { fakePlatform, type FakePlatform } from '../../platform/fake-platform';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const HPC = 'canonical-em-hpc';

async function seeded(): Promise<{ db: ShortlistDb; roleId: string; title: string }> {
  const db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const role = await db.roles.where('seedKey').equals(HPC).first();
  if (!role) throw new Error('sample role missing');
  return { db, roleId: role.id, title: role.title };
}

async function openRole(db: ShortlistDb, roleId: string, title: string, desktop: FakePlatform) {
  window.location.hash = roleHref(roleId);
  render(<App db={db} platform={desktop.platform} />);
  await screen.findByRole('heading', { level: 1, name: title });
}

function callsOf<T>(desktop: FakePlatform, method: string): T[] {
  return desktop.calls.filter((call) => call[0] === method).map((call) => call[1] as T);
}

/** The YAML front matter of an exported file, parsed. */
function frontMatter(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] ?? '');
}

async function exportedSummaries(db: ShortlistDb, roleId: string): Promise<string[]> {
  const activities = await listActivities(db, roleId);
  return activities.filter((a) => a.type === 'exported').map((a) => a.summary);
}

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('File → Export Role… (menu command)', () => {
  it('saves the open role as Markdown, says where, and logs it', async () => {
    const { db, roleId, title } = await seeded();
    const desktop = fakePlatform();
    await openRole(db, roleId, title, desktop);

    desktop.send('export-role');
    const saved = await waitFor(() => {
      const [request] = callsOf<SaveFileRequest>(desktop, 'saveFile');
      if (!request) throw new Error('not saved yet');
      return request;
    });
    expect(saved.kind).toBe('markdown');
    expect(saved.suggestedName).toMatch(/\.md$/);
    expect(frontMatter(saved.content)).toMatchObject({ title, company: 'Canonical' });
    await screen.findByText(`Saved to /chosen/${saved.suggestedName}`);
    await waitFor(async () => {
      expect(await exportedSummaries(db, roleId)).toEqual([
        `Saved as Markdown (${saved.suggestedName})`,
      ]);
    });
    await db.delete();
  });

  it('a cancelled save says nothing and logs nothing; a failed one says why', async () => {
    const { db, roleId, title } = await seeded();
    const answers: IpcResult<SaveOutcome>[] = [
      ok({ status: 'cancelled' }),
      fail('The disk is full.'),
    ];
    let asked = 0;
    const desktop = fakePlatform({
      saveFile: () => Promise.resolve(answers[asked++] ?? fail('asked too often')),
    });
    await openRole(db, roleId, title, desktop);

    desktop.send('export-role');
    await waitFor(() => {
      expect(asked).toBe(1);
    });
    // Nothing follows a cancel: one turn of the event loop lets it finish.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByText(/Saved to/)).toBeNull();
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
    expect(await exportedSummaries(db, roleId)).toEqual([]);

    desktop.send('export-role');
    await screen.findByText('Could not save the role as Markdown: The disk is full.');
    expect(await exportedSummaries(db, roleId)).toEqual([]);
    await db.delete();
  });
});

describe('the Export menu on a role', () => {
  it('Copy as Markdown puts the role on the clipboard and says so', async () => {
    const { db, roleId, title } = await seeded();
    const desktop = fakePlatform();
    await openRole(db, roleId, title, desktop);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy as Markdown' }));
    await screen.findByText(`Copied ${title} as Markdown`);
    const [copied] = callsOf<string>(desktop, 'copyText');
    expect(frontMatter(copied ?? '')).toMatchObject({ title });
    expect(copied).toMatch(/^- \[[ x]\] /m);
    await db.delete();
  });

  it('in the browser build a save is a download, named in the notice', async () => {
    const { db, roleId, title } = await seeded();
    const browser = fakePlatform({ kind: 'browser' });
    await openRole(db, roleId, title, browser);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Save as Markdown…' }));
    const notice = await screen.findByText(/^Downloaded /);
    const [request] = callsOf<SaveFileRequest>(browser, 'saveFile');
    expect(notice.textContent).toBe(`Downloaded /chosen/${request?.suggestedName ?? ''}`);
    await db.delete();
  });
});

describe('File → Export All Roles… (menu command)', () => {
  it('saves one file per role and index.md linking each', async () => {
    const { db } = await seeded();
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('5 roles you are tracking');

    desktop.send('export-all-roles');
    const request = await waitFor(() => {
      const [folder] = callsOf<SaveFolderRequest>(desktop, 'saveFolder');
      if (!folder) throw new Error('not saved yet');
      return folder;
    });
    const names = request.files.map((file) => file.name);
    expect(names).toContain('index.md');
    const roleFiles = names.filter((name) => name !== 'index.md');
    expect(roleFiles).toHaveLength(5);
    const index = request.files.find((file) => file.name === 'index.md')?.content ?? '';
    for (const name of roleFiles) expect(index).toContain(`](${name})`);
    await screen.findByText(`Saved to /chosen/${request.suggestedName}`);
    // The toolbar button is free again once the job is over.
    await waitFor(() => {
      expect(
        screen.getByRole('button', { name: 'Export all…' }).getAttribute('aria-disabled'),
      ).toBeNull();
    });
    await db.delete();
  });

  it('with no roles says there is nothing to export', async () => {
    const { db } = await seeded();
    for (const role of await db.roles.toArray()) await deleteRole(db, role.id);
    const desktop = fakePlatform();
    render(<App db={db} platform={desktop.platform} />);
    await screen.findByText('No roles yet');

    desktop.send('export-all-roles');
    await screen.findByText('There are no roles to export yet.');
    expect(callsOf(desktop, 'saveFolder')).toEqual([]);
    await db.delete();
  });
});
