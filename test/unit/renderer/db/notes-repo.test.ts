// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import {
  commitNoteDraft,
  commitRoleNoteDrafts,
  discardNoteDraft,
  EMPTY_NOTE_DRAFT,
  hasNewNoteDraft,
  loadNoteDraft,
  newNoteDraftKey,
  noteDraftKey,
  saveNoteDraft,
  saveNoteDraftAtExit,
  type NoteDraftValue,
} from '../../../../renderer/src/db/note-drafts-repo';
import {
  createNote,
  deleteNote,
  getNote,
  listCurrentStages,
  listNotes,
  restoreNote,
  updateNote,
} from '../../../../renderer/src/db/notes-repo';
import { deleteRole } from '../../../../renderer/src/db/roles-repo';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import type { InterviewStage, Note } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 3, 9, 0);

let db: ShortlistDb;
let roleId: string;
let otherRoleId: string;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, NOW);
  const roles = await db.roles.orderBy('title').toArray();
  roleId = roles[0]?.id ?? '';
  otherRoleId = roles[1]?.id ?? '';
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function created(fields: unknown, now = NOW): Promise<Note> {
  const result = await createNote(db, roleId, fields, now);
  if (!result.ok) throw new Error(result.error);
  return result.note;
}

async function addStage(forRoleId: string, name: string, order: number): Promise<InterviewStage> {
  const application = await getCurrentApplication(db, forRoleId);
  const stage: InterviewStage = {
    id: crypto.randomUUID(),
    applicationId: application?.id ?? '',
    roleId: forRoleId,
    name,
    kind: 'technical',
    order,
    status: 'planned',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
  await db.stages.add(stage);
  return stage;
}

function draft(fields: Partial<NoteDraftValue>): NoteDraftValue {
  return { ...EMPTY_NOTE_DRAFT, ...fields };
}

describe('notes repository: notes', () => {
  it('creates a note with validated fields and lists it under its role only', async () => {
    const note = await created({ title: 'Prep', body: '# Hi', tags: ['prep'] });
    expect(note).toMatchObject({ roleId, title: 'Prep', body: '# Hi', tags: ['prep'], pinned: 0 });
    expect(note.createdAt).toBe(NOW);
    expect(await listNotes(db, roleId)).toEqual([note]);
    expect(await listNotes(db, otherRoleId)).toEqual([]);
  });

  it('refuses bad input and a missing role, writing nothing', async () => {
    expect(await createNote(db, roleId, { title: 42 })).toMatchObject({ ok: false });
    expect(await createNote(db, roleId, { roleId: otherRoleId })).toMatchObject({ ok: false });
    expect(await createNote(db, 'no-such-role', {})).toEqual({
      ok: false,
      error: 'This role no longer exists.',
    });
    expect(await db.notes.count()).toBe(0);
  });

  it('updates with a validated patch and refuses fields it does not own', async () => {
    const note = await created({ title: 'Draft title' });
    const updated = await updateNote(db, note.id, { title: 'Final', pinned: 1 }, NOW + 5);
    expect(updated).toMatchObject({ ok: true, note: { title: 'Final', pinned: 1 } });
    expect((await getNote(db, note.id))?.updatedAt).toBe(NOW + 5);

    for (const bad of [{ roleId: otherRoleId }, { pinned: true }, { tags: [''] }, null]) {
      expect(await updateNote(db, note.id, bad, NOW + 9)).toMatchObject({ ok: false });
    }
    expect(await getNote(db, note.id)).toMatchObject({ title: 'Final', updatedAt: NOW + 5 });
    expect(await updateNote(db, 'gone', { title: 'x' })).toMatchObject({ ok: false });
  });

  it('keeps updatedAt when an edit changes nothing, so the list does not reorder', async () => {
    const note = await created({ title: 'Same', tags: ['a'] });
    await updateNote(db, note.id, { title: 'Same', tags: ['a'] }, NOW + 100);
    expect((await getNote(db, note.id))?.updatedAt).toBe(NOW);
  });

  it('ties a note to a stage of its role (and that stage’s application), and unties it', async () => {
    const stage = await addStage(roleId, 'Technical interview', 0);
    const note = await created({});
    const tied = await updateNote(db, note.id, { stageId: stage.id });
    expect(tied).toMatchObject({
      ok: true,
      note: { stageId: stage.id, applicationId: stage.applicationId },
    });
    const foreign = await addStage(otherRoleId, 'Elsewhere', 0);
    expect(await updateNote(db, note.id, { stageId: foreign.id })).toEqual({
      ok: false,
      error: 'That interview stage no longer exists.',
    });
    await updateNote(db, note.id, { stageId: null });
    expect((await getNote(db, note.id))?.stageId).toBeUndefined();
  });

  it('orders pinned notes first, then the most recently edited', async () => {
    const a = await created({ title: 'a' }, NOW + 1);
    const b = await created({ title: 'b' }, NOW + 2);
    const c = await created({ title: 'c' }, NOW + 3);
    expect((await listNotes(db, roleId)).map((n) => n.title)).toEqual(['c', 'b', 'a']);
    await updateNote(db, a.id, { pinned: 1 }, NOW + 4);
    await updateNote(db, b.id, { body: 'edited' }, NOW + 5);
    expect((await listNotes(db, roleId)).map((n) => n.title)).toEqual(['a', 'b', 'c']);
    await updateNote(db, c.id, { pinned: 1 }, NOW + 6);
    expect((await listNotes(db, roleId)).map((n) => n.title)).toEqual(['c', 'a', 'b']);
  });

  it('deletes a note with its draft, and restores it exactly', async () => {
    const note = await created({ title: 'Keep me', body: 'text', tags: ['x'] });
    await saveNoteDraft(db, noteDraftKey(note.id), roleId, draft({ title: 'typing' }));
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await getNote(db, note.id)).toBeUndefined();
    expect(await loadNoteDraft(db, noteDraftKey(note.id))).toBeUndefined();
    expect(await deleteNote(db, note.id)).toBeUndefined();

    expect(await restoreNote(db, note)).toBe(true);
    expect(await getNote(db, note.id)).toEqual(note);
  });

  it('does not restore a note whose role was deleted meanwhile', async () => {
    const note = await created({ title: 'Orphan' });
    await deleteNote(db, note.id);
    await deleteRole(db, roleId);
    expect(await restoreNote(db, note)).toBe(false);
    expect(await db.notes.count()).toBe(0);
  });

  it('lists the stages of the current application in order', async () => {
    const second = await addStage(roleId, 'Second', 1);
    const first = await addStage(roleId, 'First', 0);
    await addStage(otherRoleId, 'Other role', 0);
    expect((await listCurrentStages(db, roleId)).map((s) => s.id)).toEqual([first.id, second.id]);
    expect(await listCurrentStages(db, 'no-such-role')).toEqual([]);
  });
});

describe('notes repository: drafts', () => {
  it('saves, loads and discards a draft; an unreadable draft loads as none', async () => {
    const key = newNoteDraftKey(roleId);
    await saveNoteDraft(db, key, roleId, draft({ body: 'hello' }), NOW);
    expect(await loadNoteDraft(db, key)).toEqual(draft({ body: 'hello' }));
    expect(await hasNewNoteDraft(db, roleId)).toBe(true);
    await discardNoteDraft(db, key);
    expect(await loadNoteDraft(db, key)).toBeUndefined();

    await db.drafts.put({ key, roleId, value: { body: 7 }, updatedAt: NOW });
    expect(await loadNoteDraft(db, key)).toBeUndefined();
  });

  it('saves a draft synchronously at page exit', async () => {
    await db.open();
    const key = newNoteDraftKey(roleId);
    expect(saveNoteDraftAtExit(db, key, roleId, draft({ title: 'last words' }), NOW)).toBe(true);
    expect(await loadNoteDraft(db, key)).toEqual(draft({ title: 'last words' }));
    db.close();
    expect(saveNoteDraftAtExit(db, key, roleId, draft({}), NOW)).toBe(false);
  });

  it('commits a new-note draft into a new note and deletes the draft', async () => {
    const key = newNoteDraftKey(roleId);
    await saveNoteDraft(db, key, roleId, draft({ title: ' Idea ', body: 'b', tags: 'a, b, A' }));
    const outcome = await commitNoteDraft(db, key, NOW + 10);
    expect(outcome).toMatchObject({ kind: 'committed', created: true });
    const note = await getNote(db, outcome?.kind === 'committed' ? outcome.noteId : '');
    expect(note).toMatchObject({ roleId, title: 'Idea', body: 'b', tags: ['a', 'b'], pinned: 0 });
    expect(note?.updatedAt).toBe(NOW + 10);
    expect(await db.drafts.count()).toBe(0);
    expect(await commitNoteDraft(db, key)).toBeNull();
  });

  it('does not turn an empty new-note draft into a note', async () => {
    const key = newNoteDraftKey(roleId);
    await saveNoteDraft(db, key, roleId, draft({ title: '  ', body: '\n' }));
    expect(await commitNoteDraft(db, key)).toBeNull();
    expect(await db.notes.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('commits a draft into its note; an unchanged draft keeps updatedAt', async () => {
    const note = await created({ title: 'T', body: 'old' });
    const key = noteDraftKey(note.id);
    await saveNoteDraft(db, key, roleId, draft({ title: 'T', body: 'new', pinned: true }));
    expect(await commitNoteDraft(db, key, NOW + 20)).toEqual({
      kind: 'committed',
      noteId: note.id,
      created: false,
      updatedAt: NOW + 20,
    });
    expect(await getNote(db, note.id)).toMatchObject({
      body: 'new',
      pinned: 1,
      updatedAt: NOW + 20,
    });

    await saveNoteDraft(db, key, roleId, draft({ title: 'T', body: 'new', pinned: true }));
    await commitNoteDraft(db, key, NOW + 30);
    expect((await getNote(db, note.id))?.updatedAt).toBe(NOW + 20);
    expect(await loadNoteDraft(db, key)).toBeUndefined();
  });

  it('commits atomically: if deleting the draft fails, the note is not changed either', async () => {
    const note = await created({ title: 'T', body: 'before' });
    const key = noteDraftKey(note.id);
    await saveNoteDraft(db, key, roleId, draft({ title: 'T', body: 'after' }));
    vi.spyOn(db.drafts, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(commitNoteDraft(db, key, NOW + 40)).rejects.toThrow('disk full');
    expect(await getNote(db, note.id)).toEqual(note);
    expect(await loadNoteDraft(db, key)).toMatchObject({ body: 'after' });
  });

  it('keeps the draft of a note deleted meanwhile, and drops a deleted stage but not the text', async () => {
    const note = await created({ title: 'T' });
    const key = noteDraftKey(note.id);
    await deleteNote(db, note.id);
    await saveNoteDraft(db, key, roleId, draft({ body: 'still here' }));
    expect(await commitNoteDraft(db, key)).toBeNull();
    expect(await loadNoteDraft(db, key)).toMatchObject({ body: 'still here' });

    const kept = await created({ title: 'K' });
    await saveNoteDraft(db, noteDraftKey(kept.id), roleId, draft({ body: 'x', stageId: 'gone' }));
    await commitNoteDraft(db, noteDraftKey(kept.id));
    expect(await getNote(db, kept.id)).toMatchObject({ body: 'x' });
    expect((await getNote(db, kept.id))?.stageId).toBeUndefined();
  });

  it('recovers the role’s note drafts, leaving new-note and other editors’ drafts', async () => {
    const a = await created({ title: 'A' });
    const b = await created({ title: 'B' });
    await saveNoteDraft(db, noteDraftKey(a.id), roleId, draft({ title: 'A', body: 'typed a' }));
    await saveNoteDraft(db, noteDraftKey(b.id), roleId, draft({ title: 'B2' }));
    await saveNoteDraft(db, newNoteDraftKey(roleId), roleId, draft({ body: 'new' }));
    await db.drafts.put({ key: 'evidence:r1', roleId, value: { text: 'e' }, updatedAt: NOW });

    expect(await commitRoleNoteDrafts(db, roleId, NOW + 50)).toBe(2);
    expect(await getNote(db, a.id)).toMatchObject({ body: 'typed a', updatedAt: NOW + 50 });
    expect(await getNote(db, b.id)).toMatchObject({ title: 'B2' });
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual(
      ['evidence:r1', newNoteDraftKey(roleId)].sort(),
    );
  });
});
