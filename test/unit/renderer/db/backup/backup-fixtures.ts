/**
 * Databases for backup tests: richly seeded or with sample roles and N notes, each
 * tracked so `deleteTracked()` (in afterEach) removes it; and a full snapshot of any.
 */
import { BACKUP_TABLES } from '../../../../../renderer/src/db/backup/backup-format';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { saveEvidenceDraft, setEvidence } from '../../../../../renderer/src/db/evidence-repo';
import { createNote } from '../../../../../renderer/src/db/notes-repo';
import { setRequirementChecked } from '../../../../../renderer/src/db/requirements-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { ensureStageTemplates } from '../../../../../renderer/src/db/stage-templates-repo';
import { addStage } from '../../../../../renderer/src/db/stages-repo';
import { freshDb } from '../test-db';

const tracked: ShortlistDb[] = [];

/** Remembers a database for `deleteTracked()`. */
export function track(db: ShortlistDb): ShortlistDb {
  tracked.push(db);
  return db;
}

/** Deletes every database tracked so far (call in afterEach). */
export async function deleteTracked(): Promise<void> {
  await Promise.all(tracked.splice(0).map((db) => db.delete()));
}

/** A fresh, tracked database with the sample roles and `notes` blank notes on one role. */
export async function seededWithNotes(notes: number): Promise<ShortlistDb> {
  const db = track(freshDb());
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const [role] = await db.roles.toArray();
  await db.notes.bulkAdd(
    Array.from({ length: notes }, (_, i) => ({
      id: `note-${String(i)}`,
      roleId: role?.id ?? '',
      title: `Note ${String(i)}`,
      body: '',
      tags: [],
      pinned: 0 as const,
      createdAt: 1,
      updatedAt: 1,
    })),
  );
  return db;
}

/** Sample roles plus ticks, evidence, a draft, notes, stages, a story and templates. */
export async function seedRichly(db: ShortlistDb): Promise<void> {
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_700_000_000_000);
  await ensureStageTemplates(db, 1_700_000_000_000);
  const roles = await db.roles.orderBy('title').toArray();
  for (const [index, role] of roles.entries()) {
    const items = await db.requirements.where('roleId').equals(role.id).sortBy('order');
    for (const item of items.slice(0, index + 1)) {
      await setRequirementChecked(db, item.id, true, 1_700_000_100_000 + index);
    }
    const first = items[0];
    if (first) {
      await setEvidence(db, first.id, `Led **${role.title}**-like work.\n\n- one\n- two`);
      await saveEvidenceDraft(db, first, 'A draft still being typed');
    }
    await createNote(db, role.id, { title: `Prep ${String(index)}`, body: '# Ask\n---\n- [ ] x' });
    await createNote(db, role.id, { title: 'Tags', body: 'Body', tags: ['a', 'b'] });
    await addStage(db, role.id, 1_700_000_200_000 + index);
  }
  await db.stories.add({
    id: 'story-1',
    title: 'Migrated a fleet',
    body: 'STAR…',
    tags: ['ops'],
    createdAt: 1,
    updatedAt: 2,
  });
}

/** Every table's rows, sorted by primary key, for deep comparison. */
export async function snapshot(db: ShortlistDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) {
    const table = db.table(name);
    // toArray() on a table is in primary-key order already.
    result[name] = await table.toArray();
  }
  return result;
}
