// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import type { OpenOutcome } from '../../../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../../../shared/ipc/result';
import { App } from '../../../../../renderer/src/app/App';
import { preloadApp } from '../../app/preload-app';
import { freshDb } from '../../db/test-db';
import { fakePlatform } from '../../platform/fake-platform';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function opened(name: string, content: string): OpenOutcome {
  return { status: 'opened', file: { name, content, size: content.length } };
}

async function renderWith(openFile: () => Promise<IpcResult<OpenOutcome>>) {
  const db = freshDb();
  const desktop = fakePlatform({ openFile });
  render(<App db={db} platform={desktop.platform} />);
  await screen.findByText('No roles yet');
  return { db, desktop };
}

function postingField(): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Posting text' });
}

// The app loads most of its code on demand: loaded first, it is not part of any wait.
beforeAll(preloadApp, 120_000);

describe('import commands', () => {
  it('File → New Role from Posting opens an empty dialog', async () => {
    const { db, desktop } = await renderWith(() => Promise.resolve(ok({ status: 'cancelled' })));
    desktop.send('new-role');
    await screen.findByRole('heading', { name: 'New role from a posting' });
    expect(postingField().value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.getByText(/There is no posting text yet/).getAttribute('role')).toBe('alert');
    await db.delete();
  });

  it('File → Open Posting File… converts an HTML file and never keeps its markup', async () => {
    const html =
      '<h1>Data Engineer</h1><script>window.evil = 1</script><h2>Requirements</h2><ul><li>SQL</li><li>dbt</li></ul>';
    let asked = 0;
    const { db, desktop } = await renderWith(() => {
      asked += 1;
      return Promise.resolve(ok(opened('posting.html', html)));
    });
    desktop.send('open-posting');
    await screen.findByRole('heading', { name: 'New role from a posting' });
    expect(postingField().value).toContain('SQL');
    expect(postingField().value).not.toMatch(/<|evil/);
    expect(screen.getByText('Read from posting.html')).toBeTruthy();
    expect(asked).toBe(1);
    await db.delete();
  });

  it('refuses a file of another type or a failed read with a message, opening nothing', async () => {
    let answer = ok(opened('resume.pdf', '%PDF'));
    const { db, desktop } = await renderWith(() => Promise.resolve(answer));
    desktop.send('open-posting');
    await screen.findByText(/“resume.pdf” is not a posting file/);
    expect(screen.queryByRole('heading', { name: 'New role from a posting' })).toBeNull();

    answer = fail('“big.txt” is too large for a posting (the limit is 2 MB).');
    desktop.send('open-posting');
    await screen.findByText(/“big.txt” is too large/);
    expect(screen.queryByRole('heading', { name: 'New role from a posting' })).toBeNull();
    await waitFor(async () => {
      expect(await db.roles.count()).toBe(0);
    });
    await db.delete();
  });
});
