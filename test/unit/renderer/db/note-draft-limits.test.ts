// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  commitNoteDraft,
  EMPTY_NOTE_DRAFT,
  loadNoteDraft,
  newNoteDraftKey,
  noteDraftKey,
  saveNoteDraft,
  saveNoteDraftAtExit,
  type NoteDraftValue,
} from '../../../../renderer/src/db/note-drafts-repo';
import { createNote, getNote } from '../../../../renderer/src/db/notes-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { noteTextProblem } from '../../../../shared/domain/note-limits';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 3, 9, 0);
let db: ShortlistDb;
let roleId: string;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, NOW);
  roleId = (await db.roles.toCollection().first())?.id ?? '';
});
afterEach(async () => {
  await db.delete();
});

const draft = (fields: Partial<NoteDraftValue>): NoteDraftValue => ({
  ...EMPTY_NOTE_DRAFT,
  ...fields,
});

describe('committing a note draft over a limit', () => {
  it('refuses exactly what the editor reports, keeping the draft and the old note', async () => {
    const created = await createNote(db, roleId, { title: 'Recruiter call', tags: ['call'] }, NOW);
    if (!created.ok) throw new Error(created.error);
    const key = noteDraftKey(created.note.id);
    const cases = [
      draft({ title: 'T'.repeat(301) }),
      // A tag one over the limit used to be cut to 60 and saved; now it is refused.
      draft({ title: 'Call', tags: `call, ${'t'.repeat(61)}` }),
      draft({ title: 'Call', tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join(', ') }),
    ];
    for (const value of cases) {
      expect(noteTextProblem(value)).toBeDefined();
      await saveNoteDraft(db, key, roleId, value, NOW + 1);
      expect(await commitNoteDraft(db, key, NOW + 2)).toBeNull();
      expect(await loadNoteDraft(db, key)).toMatchObject({ title: value.title, tags: value.tags });
      expect(await getNote(db, created.note.id)).toMatchObject({
        title: 'Recruiter call',
        tags: ['call'],
        updatedAt: NOW,
      });
    }

    // At the limits it commits, every tag whole.
    const fits = draft({ title: 'T'.repeat(300), tags: `call, ${'t'.repeat(60)}` });
    expect(noteTextProblem(fits)).toBeUndefined();
    await saveNoteDraft(db, key, roleId, fits, NOW + 3);
    expect(await commitNoteDraft(db, key, NOW + 4)).toMatchObject({ noteId: created.note.id });
    expect(await getNote(db, created.note.id)).toMatchObject({
      title: 'T'.repeat(300),
      tags: ['call', 't'.repeat(60)],
    });
    expect(await loadNoteDraft(db, key)).toBeUndefined();
  });

  it('never creates a new note from a title over the limit', async () => {
    const key = newNoteDraftKey(roleId);
    await saveNoteDraft(db, key, roleId, draft({ title: 'T'.repeat(301), body: 'Prep' }), NOW);
    expect(await commitNoteDraft(db, key, NOW + 1)).toBeNull();
    expect(await db.notes.count()).toBe(0);
    expect((await loadNoteDraft(db, key))?.title).toHaveLength(301);
  });

  it('refuses a draft over the drafts’ size limit, writing nothing, also at exit', async () => {
    const key = newNoteDraftKey(roleId);
    const huge = draft({ title: 'Huge', body: 'x'.repeat(2_000_000) });
    const saved = await saveNoteDraft(db, key, roleId, huge, NOW);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatch(/too long to keep as a draft/);
    expect(saveNoteDraftAtExit(db, key, roleId, huge, NOW)).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });
});
