// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { putDraftAtExit, restoreExitDrafts } from '../../../../renderer/src/db/exit-drafts';
import { freshDb } from './test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
  localStorage.clear();
});
afterEach(async () => {
  await db.delete();
  localStorage.clear();
});

const draft = (key: string, body: string, updatedAt: number) => ({
  key,
  roleId: 'r1',
  value: { title: 'T', body },
  updatedAt,
});

describe('drafts kept at exit', () => {
  it('keeps a copy the next start puts back, even when the IndexedDB write never landed', async () => {
    // Not open: as if the page went before its write could run.
    expect(putDraftAtExit(db, draft('note:n1@e1', 'Start. Then STAR stories.', 2000))).toBe(true);
    expect(await db.drafts.count()).toBe(0);
    expect(await restoreExitDrafts(db)).toBe(1);
    expect((await db.drafts.get('note:n1@e1'))?.value).toEqual({
      title: 'T',
      body: 'Start. Then STAR stories.',
    });
    expect(localStorage.length).toBe(0);
    // Once only: a second start has nothing to put back.
    expect(await restoreExitDrafts(db)).toBe(0);
  });

  it('never puts an older copy over a newer draft, and skips what it cannot read', async () => {
    await db.drafts.put(draft('note:n1@e1', 'newer', 3000));
    localStorage.setItem(
      'shortlist:exit-draft:note:n1@e1',
      JSON.stringify(draft('note:n1@e1', 'older', 2000)),
    );
    localStorage.setItem('shortlist:exit-draft:bad', '{not json');
    localStorage.setItem('shortlist:exit-draft:shape', JSON.stringify({ key: 1 }));
    localStorage.setItem('someone-else', 'kept');
    expect(await restoreExitDrafts(db)).toBe(0);
    expect((await db.drafts.get('note:n1@e1'))?.value.body).toBe('newer');
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem('someone-else')).toBe('kept');
  });
});
