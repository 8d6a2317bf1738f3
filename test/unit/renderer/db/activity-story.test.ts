// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import { createNote } from '../../../../renderer/src/db/notes-repo';
import {
  commitNoteDraft,
  EMPTY_NOTE_DRAFT,
  newNoteDraftKey,
  noteDraftKey,
  saveNoteDraft,
} from '../../../../renderer/src/db/note-drafts-repo';
import { addStage, updateStage } from '../../../../renderer/src/db/stages-repo';
import type { InterviewStage } from '../../../../shared/domain/model';
import { fromGenericIn, seedLxd } from './stages-fixture';
import { freshDb } from './test-db';

const T = new Date(2026, 2, 3, 14, 0).getTime();

let db: ShortlistDb;
let roleId: string;

beforeEach(async () => {
  db = freshDb();
  roleId = await seedLxd(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The role's log, oldest first, as "type: summary" lines (the role's creation left out). */
async function log(): Promise<string[]> {
  const entries = await listActivities(db, roleId);
  return entries
    .filter((entry) => entry.type !== 'role-created')
    .reverse()
    .map((entry) => `${entry.type}: ${entry.summary}`);
}

async function added(now = 5_000): Promise<InterviewStage> {
  const result = await addStage(db, roleId, now);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the activity log tells the whole story', () => {
  it('logs a stage added, for the current application, and moves the role’s last activity', async () => {
    const stage = await added(5_000);
    const [entry] = await listActivities(db, roleId);
    expect(entry).toMatchObject({
      type: 'stage-added',
      applicationId: stage.applicationId,
      at: 5_000,
      summary: `Added stage: ${stage.name}`,
    });
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(5_000);
  });

  it('logs a template’s stages as one entry naming them', async () => {
    const stages = await fromGenericIn(db, roleId);
    expect(await log()).toEqual([
      `stage-added: Added ${String(stages.length)} stages from Generic: ${stages.map((s) => s.name).join(', ')}`,
    ]);
  });

  it('logs a time given, moved and cleared, then an outcome', async () => {
    const stage = await added();
    await updateStage(db, stage.id, { name: 'Technical' }, 6_000);
    await updateStage(db, stage.id, { scheduledAt: T }, 7_000);
    await updateStage(db, stage.id, { scheduledAt: T + 2 * 86_400_000 - 3_600_000 }, 8_000);
    await updateStage(db, stage.id, { scheduledAt: null }, 9_000);
    await updateStage(db, stage.id, { status: 'passed', outcomeNotes: 'Went well' }, 10_000);
    expect(await log()).toEqual([
      `stage-added: Added stage: ${stage.name}`,
      'stage-scheduled: Technical scheduled for 3 Mar 2026, 14:00',
      'stage-rescheduled: Technical moved from 3 Mar 2026, 14:00 to 5 Mar 2026, 13:00',
      'stage-rescheduled: Technical: time removed (was 5 Mar 2026, 13:00)',
      'stage-result: Technical: passed — Went well',
    ]);
  });

  it('logs nothing for an edit that leaves the time as it was', async () => {
    const stage = await added();
    await updateStage(db, stage.id, { scheduledAt: T }, 6_000);
    await updateStage(db, stage.id, { scheduledAt: T, location: 'Zoom' }, 7_000);
    expect(await log()).toHaveLength(2);
  });

  it('logs a note created, tied to the application it was written for', async () => {
    const stage = await added();
    const result = await createNote(
      db,
      roleId,
      { title: 'Call with Ana', stageId: stage.id },
      6_000,
    );
    expect(result.ok).toBe(true);
    const [entry] = await listActivities(db, roleId);
    expect(entry).toMatchObject({
      type: 'note-created',
      summary: 'Note: Call with Ana',
      applicationId: stage.applicationId,
    });
  });

  it('logs a note the editor commits from its draft once, when it becomes a note', async () => {
    const key = newNoteDraftKey(roleId);
    await saveNoteDraft(db, key, roleId, { ...EMPTY_NOTE_DRAFT, title: 'Prep' }, 6_000);
    const outcome = await commitNoteDraft(db, key, 7_000);
    if (outcome?.kind !== 'committed') throw new Error('not committed');
    const edit = noteDraftKey(outcome.noteId);
    await saveNoteDraft(db, edit, roleId, { ...EMPTY_NOTE_DRAFT, title: 'Prep 2' }, 8_000);
    await commitNoteDraft(db, edit, 9_000);
    expect(await log()).toEqual(['note-created: Note: Prep']);
  });

  it('writes neither the stage nor its entry when the log cannot be written', async () => {
    const before = await db.stages.count();
    vi.spyOn(db.activities, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(addStage(db, roleId, 5_000)).rejects.toThrow('disk full');
    expect(await db.stages.count()).toBe(before);
    expect(await log()).toEqual([]);
  });
});
