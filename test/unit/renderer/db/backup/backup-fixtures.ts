/**
 * Databases for backup tests: richly seeded or with sample roles and N notes, each
 * tracked so `deleteTracked()` (in afterEach) removes it; and a full snapshot of any.
 */
import { BACKUP_TABLES } from '../../../../../renderer/src/db/backup/backup-format';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import type { Role } from '../../../../../shared/domain/model';
import { saveEvidenceDraft, setEvidence } from '../../../../../renderer/src/db/evidence-repo';
import { reapply } from '../../../../../renderer/src/db/applications-repo';
import {
  EMPTY_NOTE_DRAFT,
  newNoteDraftKey,
  saveNoteDraft,
} from '../../../../../renderer/src/db/note-drafts-repo';
import { createNote } from '../../../../../renderer/src/db/notes-repo';
import { setRequirementChecked } from '../../../../../renderer/src/db/requirements-repo';
import { linkStory } from '../../../../../renderer/src/db/stories-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { ensureStageTemplates } from '../../../../../renderer/src/db/stage-templates-repo';
import { addStage, deleteStage, updateStage } from '../../../../../renderer/src/db/stages-repo';
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
    date: '2024-05-01',
    createdAt: 1,
    updatedAt: 2,
  });
  // Databases opened at an older schema (for upgrade tests) have no contacts table.
  if (hasTable(db, 'contacts')) await seedVersion3Fields(db, roles);
}

function hasTable(db: ShortlistDb, name: string): boolean {
  return db.tables.some((table) => table.name === name);
}

/** A contact interviewing in a stage, a pay range, a closing date and an archived role. */
async function seedVersion3Fields(db: ShortlistDb, roles: readonly Role[]): Promise<void> {
  const [first, second] = roles;
  if (!first || !second) throw new Error('seedRichly adds sample roles');
  await db.contacts.add({
    id: 'contact-1',
    roleId: first.id,
    name: 'Ana Lee',
    role: 'hiring manager',
    email: 'ana@example.com',
    phone: '+44 20 7946 0000',
    profileUrl: 'https://example.com/ana',
    notes: 'Met at a **meetup**.',
    createdAt: 3,
    updatedAt: 4,
  });
  const [stage] = await db.stages.where('roleId').equals(first.id).toArray();
  if (stage) await db.stages.update(stage.id, { interviewerContactIds: ['contact-1'] });
  const application = await db.applications.where('roleId').equals(first.id).first();
  if (application) {
    await db.applications.update(application.id, {
      compensation: { min: 90_000, max: 110_000, currency: 'GBP', period: 'year' },
    });
  }
  await db.roles.update(first.id, { closingDate: '2026-12-31' });
  await db.roles.update(second.id, { archived: 1, archivedAt: 1_700_000_400_000 });
}

/** The value of an outcome that must have succeeded. */
function must<T>(outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

function noted(result: { ok: true } | { ok: false; error: string }): void {
  if (!result.ok) throw new Error(result.error);
}

/**
 * On top of `seedRichly`, every link the app makes, made the app's way: stages probing
 * checklist items, notes tied to stages (one to a stage deleted since, which the app
 * leaves in place), a re-application with its own stage, an item backed by a story,
 * and a new note's draft.
 */
export async function linkRichly(db: ShortlistDb): Promise<void> {
  const roles = await db.roles.orderBy('title').toArray();
  for (const role of roles) {
    const items = await db.requirements.where('roleId').equals(role.id).sortBy('order');
    const [stage] = await db.stages.where('roleId').equals(role.id).toArray();
    if (!stage) throw new Error('seedRichly adds a stage to every role');
    const probeRequirementIds = items.slice(0, 2).map((item) => item.id);
    must(await updateStage(db, stage.id, { probeRequirementIds, name: 'Panel' }));
    noted(await createNote(db, role.id, { title: 'Round notes', stageId: stage.id }));
  }
  const [first, last] = [roles[0], roles.at(-1)];
  if (!first || !last) throw new Error('seedRichly adds sample roles');
  must(await reapply(db, first.id, 'applied', 1_700_000_300_000));
  must(await addStage(db, first.id, 1_700_000_300_001));
  const doomed = must(await addStage(db, last.id, 1_700_000_300_002));
  noted(await createNote(db, last.id, { title: 'Tied to a deleted stage', stageId: doomed.id }));
  await deleteStage(db, doomed.id);
  const [item] = await db.requirements.where('roleId').equals(first.id).sortBy('order');
  if (item) must(await linkStory(db, item.id, 'story-1'));
  await saveNoteDraft(db, newNoteDraftKey(first.id), first.id, EMPTY_NOTE_DRAFT, 1);
}

/** Every table's rows, sorted by primary key, for deep comparison. */
export async function snapshot(db: ShortlistDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) {
    // A table an older schema lacks holds nothing, as it will after the upgrade.
    // toArray() on a table is in primary-key order already.
    result[name] = hasTable(db, name) ? await db.table(name).toArray() : [];
  }
  return result;
}
