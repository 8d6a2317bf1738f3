// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restore-backup';
import { checkBackup } from '../../../../renderer/src/db/backup/upgrade-backup';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { freshDb, openAtVersion } from './test-db';

const opened: ShortlistDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A story as version 1 stored it: no date. */
const V1_STORY = {
  id: 'story-v1',
  title: 'Led a migration',
  body: 'STAR',
  tags: ['ops'],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_001,
};

/** A version 1 database with the sample roles and a story linked to the first item. */
async function version1(): Promise<{ name: string; itemId: string }> {
  const name = `shortlist-v1-${crypto.randomUUID()}`;
  const db = openAtVersion(name, 1);
  opened.push(db);
  await ensureSampleRoles(db, SAMPLE_ROLES);
  await db.table('stories').add(V1_STORY);
  const item = await db.requirements.toCollection().first();
  if (!item) throw new Error('no checklist item');
  await db.requirements.update(item.id, { storyIds: [V1_STORY.id] });
  expect(db.verno).toBe(1);
  db.close();
  return { name, itemId: item.id };
}

describe('schema version 2', () => {
  it('is declared (a later version may follow)', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('gives version 1 stories an empty date and keeps everything else', async () => {
    const { name, itemId } = await version1();
    const db = openShortlistDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.stories.get(V1_STORY.id)).toEqual({ ...V1_STORY, date: '' });
    expect((await db.requirements.get(itemId))?.storyIds).toEqual([V1_STORY.id]);
    // The new index answers.
    expect(await db.stories.where('date').equals('').primaryKeys()).toEqual([V1_STORY.id]);
  });

  it('restores a backup made at version 1, story and link included', async () => {
    const { name, itemId } = await version1();
    const old = openAtVersion(name, 1);
    opened.push(old);
    const text = await createBackupText(old, { appVersion: '1.0.0', now: 1_750_000_000_000 });
    old.close();
    expect(JSON.parse(text)).toMatchObject({ shortlist: { schemaVersion: 1 } });

    const checked = await checkBackup(text);
    if (!checked.ok) throw new Error(checked.error);
    const target = freshDb();
    opened.push(target);
    await restoreBackup(target, checked.backup);
    expect(await target.stories.toArray()).toEqual([{ ...V1_STORY, date: '' }]);
    expect((await target.requirements.get(itemId))?.storyIds).toEqual([V1_STORY.id]);
  });

  it('refuses a story date that is not a calendar day', async () => {
    const db = freshDb();
    opened.push(db);
    await ensureSampleRoles(db, SAMPLE_ROLES);
    await db.stories.add({ ...V1_STORY, date: '2024-02-30' });
    const text = await createBackupText(db, { appVersion: '2.0.0', now: 1_750_000_000_000 });
    const checked = await checkBackup(text);
    expect(checked.ok).toBe(false);
  });
});
