// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import {
  EMPTY_NOTE_DRAFT,
  loadNoteDraft,
  newNoteDraftKey,
  type NoteDraftValue,
} from '../../../../../renderer/src/db/note-drafts-repo';
import { listNotes } from '../../../../../renderer/src/db/notes-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import {
  NoteAutosave,
  openingStatus,
  type AutosaveStatus,
} from '../../../../../renderer/src/features/notes/note-autosave';
import { statusLabel } from '../../../../../renderer/src/features/notes/NoteForm';
import { freshDb } from '../../db/test-db';

let db: ShortlistDb;
let roleId: string;
let saver: NoteAutosave | undefined;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, Date.UTC(2026, 2, 3));
  roleId = (await db.roles.toCollection().first())?.id ?? '';
});

afterEach(async () => {
  saver?.close();
  await db.delete();
});

/** A new note's autosave and every status it reports, newest last. */
function newNoteSaver(): { autosave: NoteAutosave; statuses: AutosaveStatus[] } {
  const statuses: AutosaveStatus[] = [];
  const autosave = new NoteAutosave(db, roleId, newNoteDraftKey(roleId), EMPTY_NOTE_DRAFT);
  autosave.listen({
    onStatus: (status) => statuses.push(status),
    onCommitted: () => undefined,
    onError: () => undefined,
  });
  saver = autosave;
  return { autosave, statuses };
}

const text = (title: string, body = 'Prep for the call'): NoteDraftValue => ({
  ...EMPTY_NOTE_DRAFT,
  title,
  body,
});

describe('note autosave status', () => {
  it('never says Saved for a title over the limit; the draft keeps the text, no note is made', async () => {
    const { autosave, statuses } = newNoteSaver();
    const long = 'T'.repeat(301);
    autosave.change(text(long));
    await autosave.commit();

    expect(statuses.at(-1)).toEqual({ kind: 'refused', reason: 'title is too long (301/300)' });
    expect(statuses.some((status) => status.kind === 'saved')).toBe(false);
    expect(statusLabel(statuses.at(-1) ?? { kind: 'saving' })).toBe(
      'Not saved: title is too long (301/300)',
    );
    expect(await listNotes(db, roleId)).toHaveLength(0);
    const drafts = await db.drafts.toArray();
    expect(drafts.map((draft) => (draft.value as NoteDraftValue).title)).toEqual([long]);

    // Shortened: now it is committed into a note, and only then "Saved".
    autosave.change(text(long.slice(0, 300)));
    await autosave.commit();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    const notes = await listNotes(db, roleId);
    expect(notes.map((note) => note.title)).toEqual([long.slice(0, 300)]);
  });

  it('says Saving… after the draft write and Saved only after the commit', async () => {
    const { autosave, statuses } = newNoteSaver();
    autosave.change(text('Recruiter call'));
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'saving' });
    await autosave.commit();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('does not call an empty new note saved', async () => {
    const { autosave, statuses } = newNoteSaver();
    autosave.change(text('x', ''));
    autosave.change(text('', ''));
    await autosave.commit();
    expect(statuses.at(-1)).toEqual({ kind: 'empty' });
    expect(statusLabel({ kind: 'empty' })).toBe('Not saved: empty note');
    expect(await listNotes(db, roleId)).toHaveLength(0);
    expect(openingStatus(EMPTY_NOTE_DRAFT, true, false)).toEqual({ kind: 'empty' });
  });

  it('reports a draft too large to keep as failed: the text is only on screen', async () => {
    const { autosave, statuses } = newNoteSaver();
    autosave.change(text('Huge', 'x'.repeat(2_000_001)));
    await autosave.commit();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'copy your text' });
    expect(statusLabel(statuses.at(-1) ?? { kind: 'saving' })).toBe('Not saved: copy your text');
    expect(await db.drafts.count()).toBe(0);
  });

  it('opens a restored draft over the limit as refused, not saved', () => {
    expect(openingStatus(text('T'.repeat(305)), false, true)).toEqual({
      kind: 'refused',
      reason: 'title is too long (305/300)',
    });
    expect(openingStatus(text('Fine'), false, false)).toEqual({ kind: 'saved' });
  });

  it('keeps an unsaveable draft through a commit, readable for the next editor', async () => {
    const { autosave } = newNoteSaver();
    autosave.change(text('T'.repeat(400)));
    await autosave.commit();
    expect((await loadNoteDraft(db, newNoteDraftKey(roleId)))?.title).toHaveLength(400);
  });
});
