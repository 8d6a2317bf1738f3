// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { updateStageText } from '../../../../renderer/src/db/stage-text-repo';
import { addStage } from '../../../../renderer/src/db/stages-repo';
import type { InterviewStage } from '../../../../shared/domain/model';
import { freshDb } from './test-db';

let db: ShortlistDb;
let stage: InterviewStage;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
  const lxd = (await listRoleSummaries(db)).find((s) => s.title === 'Engineering Manager, LXD');
  const added = await addStage(db, lxd?.id ?? '', 2_000);
  if (!added.ok) throw new Error(added.error);
  stage = added.value;
});

afterEach(async () => {
  await db.delete();
});

describe('stage text fields check the text the editor started from', () => {
  it('a save over prep notes changed in another window is a conflict and writes nothing', async () => {
    expect(await updateStageText(db, stage.id, 'prepNotes', 'from A', '', 3_000)).toMatchObject({
      ok: true,
    });
    const result = await updateStageText(db, stage.id, 'prepNotes', 'from B', '', 4_000);
    expect(result).toMatchObject({ ok: false, conflict: { theirs: { prepNotes: 'from A' } } });
    expect(await db.stages.get(stage.id)).toMatchObject({ prepNotes: 'from A', updatedAt: 3_000 });
  });

  it('saves once based on the stored text, and other fields never conflict', async () => {
    await updateStageText(db, stage.id, 'interviewers', 'Ana', '', 3_000);
    expect((await updateStageText(db, stage.id, 'location', 'Zoom', '', 4_000)).ok).toBe(true);
    expect((await updateStageText(db, stage.id, 'interviewers', 'Ana, Bo', 'Ana', 5_000)).ok).toBe(
      true,
    );
    expect(await db.stages.get(stage.id)).toMatchObject({
      interviewers: 'Ana, Bo',
      location: 'Zoom',
    });
  });

  it('a name compares as stored (trimmed), so a trailing space is no conflict', async () => {
    const name = stage.name;
    expect((await updateStageText(db, stage.id, 'name', 'Panel ', name, 3_000)).ok).toBe(true);
    expect((await updateStageText(db, stage.id, 'name', 'Panel', name, 4_000)).ok).toBe(true);
    const stale = await updateStageText(db, stage.id, 'name', 'Other', name, 5_000);
    expect(stale).toMatchObject({ conflict: { theirs: { name: 'Panel' } } });
  });
});
