// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  commitNoteDraft,
  commitRoleNoteDrafts,
  hasNewNoteDraft,
  newNoteDraftKey,
  noteDraftKey,
  saveNoteDraft,
  type NoteDraftValue,
} from '../../../../renderer/src/db/note-drafts-repo';
import { findNoteDraft, noteToDraft } from '../../../../renderer/src/db/note-revision';
import { createNote, deleteNote, getNote } from '../../../../renderer/src/db/notes-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import type { Note } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 3, 9, 0);

let db: ShortlistDb;
let roleId: string;
let note: Note;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, NOW);
  roleId = (await db.roles.orderBy('title').first())?.id ?? '';
  const result = await createNote(db, roleId, { title: 'Prep', body: 'original' }, NOW);
  if (!result.ok) throw new Error(result.error);
  note = result.note;
});

afterEach(async () => {
  await db.delete();
});

/** What an editor opened on `note` and typed `body` into would write as its draft. */
function typed(from: Note, body: string): NoteDraftValue {
  return { ...noteToDraft(from), body };
}

describe('note commits check the revision the editor loaded', () => {
  it('two windows on one note: the second commit is a conflict and writes nothing', async () => {
    const keyA = noteDraftKey(note.id, 'window-a');
    const keyB = noteDraftKey(note.id, 'window-b');
    await saveNoteDraft(db, keyA, roleId, typed(note, 'typed in A'));
    await saveNoteDraft(db, keyB, roleId, typed(note, 'typed in B'));

    const first = await commitNoteDraft(db, keyA, NOW + 10);
    expect(first).toMatchObject({ kind: 'committed', updatedAt: NOW + 10 });
    const afterA = await getNote(db, note.id);

    const second = await commitNoteDraft(db, keyB, NOW + 20);
    expect(second).toMatchObject({
      kind: 'conflict',
      theirs: { body: 'typed in A', updatedAt: NOW + 10 },
      mine: { body: 'typed in B' },
    });
    // Nothing written: A's text stands, and B's text is still in B's draft.
    expect(await getNote(db, note.id)).toEqual(afterA);
    expect((await db.drafts.get(keyB))?.value).toMatchObject({ body: 'typed in B' });
    expect(await db.drafts.get(keyA)).toBeUndefined();
  });

  it('after the user chooses, the draft based on their version commits', async () => {
    await db.notes.update(note.id, { body: 'from elsewhere', updatedAt: NOW + 5 });
    const key = noteDraftKey(note.id, 'window-b');
    await saveNoteDraft(db, key, roleId, typed(note, 'mine'));
    expect((await commitNoteDraft(db, key, NOW + 10))?.kind).toBe('conflict');

    const theirs = await getNote(db, note.id);
    if (!theirs) throw new Error('note gone');
    await saveNoteDraft(db, key, roleId, typed(theirs, 'from elsewhere\n\nmine'));
    expect(await commitNoteDraft(db, key, NOW + 20)).toMatchObject({ kind: 'committed' });
    expect(await getNote(db, note.id)).toMatchObject({ body: 'from elsewhere\n\nmine' });
    expect(await db.drafts.count()).toBe(0);
  });

  it('a stale draft that says what the note already says is no conflict', async () => {
    await db.notes.update(note.id, { body: 'same', updatedAt: NOW + 5 });
    const key = noteDraftKey(note.id, 'window-b');
    await saveNoteDraft(db, key, roleId, typed(note, 'same'));
    expect(await commitNoteDraft(db, key, NOW + 10)).toMatchObject({ kind: 'committed' });
    expect(await db.drafts.count()).toBe(0);
  });

  it('recovery leaves a conflicting draft (and drafts of open editors) for the editor', async () => {
    await db.notes.update(note.id, { body: 'from elsewhere', updatedAt: NOW + 5 });
    const left = noteDraftKey(note.id, 'crashed');
    const open = noteDraftKey(note.id, 'open');
    await saveNoteDraft(db, left, roleId, typed(note, 'left behind'));
    await saveNoteDraft(db, open, roleId, {
      ...noteToDraft(note),
      body: 'being typed',
      base: NOW + 5,
    });
    const isLive = (key: string) => key === open;

    expect(await commitRoleNoteDrafts(db, roleId, NOW + 10, isLive)).toBe(0);
    expect(await getNote(db, note.id)).toMatchObject({ body: 'from elsewhere' });
    expect((await db.drafts.toArray()).map((draft) => draft.key).sort()).toEqual(
      [left, open].sort(),
    );
    // The next editor of the note takes over the left-behind draft, never the open one.
    expect(await findNoteDraft(db, roleId, note.id, isLive)).toMatchObject({ key: left });
  });

  it('new-note drafts of two windows are separate notes', async () => {
    const keyA = newNoteDraftKey(roleId, 'window-a');
    const keyB = newNoteDraftKey(roleId, 'window-b');
    await saveNoteDraft(db, keyA, roleId, { ...noteToDraft(note), title: 'A', body: 'a' });
    await saveNoteDraft(db, keyB, roleId, { ...noteToDraft(note), title: 'B', body: 'b' });
    expect(await hasNewNoteDraft(db, roleId, (key) => key === keyA)).toBe(true);
    const a = await commitNoteDraft(db, keyA, NOW + 10);
    const b = await commitNoteDraft(db, keyB, NOW + 20);
    expect(a?.kind === 'committed' && b?.kind === 'committed' && a.noteId !== b.noteId).toBe(true);
    expect(await hasNewNoteDraft(db, roleId)).toBe(false);
  });

  it('deleting a note drops every window’s draft of it', async () => {
    await saveNoteDraft(db, noteDraftKey(note.id, 'a'), roleId, typed(note, 'a'));
    await saveNoteDraft(db, noteDraftKey(note.id), roleId, typed(note, 'old key'));
    await deleteNote(db, note.id);
    expect(await db.drafts.count()).toBe(0);
  });
});
