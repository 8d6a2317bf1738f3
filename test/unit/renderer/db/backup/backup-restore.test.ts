// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { importDB, peakImportFile } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, ROW_SCHEMAS } from '../../../../../renderer/src/db/backup/backup-format';
import {
  backupFileName,
  createBackupText,
  type BackupProgress,
} from '../../../../../renderer/src/db/backup/create-backup';
import { countRows, restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import {
  validateBackup,
  type ValidBackup,
} from '../../../../../renderer/src/db/backup/validate-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { RoleSearch } from '../../../../../renderer/src/db/search-index';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import type { Note } from '../../../../../shared/domain/model';
import { freshDb } from '../test-db';
import { seedRichly, snapshot } from './backup-fixtures';
import { SCHEMA_VERSION } from '../../../../../renderer/src/db/schema';

const opened: ShortlistDb[] = [];
function newDb(): ShortlistDb {
  const db = freshDb();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function backUp(db: ShortlistDb): Promise<{ text: string; backup: ValidBackup }> {
  const text = await createBackupText(db, { appVersion: '9.8.7', now: 1_750_000_000_000 });
  const result = validateBackup(text);
  if (!result.ok) throw new Error(result.error);
  return { text, backup: result.backup };
}

function note(roleId: string, title: string, body: string): Note {
  return {
    id: crypto.randomUUID(),
    roleId,
    title,
    body,
    tags: [],
    pinned: 0,
    createdAt: 5,
    updatedAt: 5,
  };
}

describe('back up, then restore', () => {
  it('restores every table deep-equal into a different database', async () => {
    const source = newDb();
    await seedRichly(source);
    const before = await snapshot(source);
    // Every kind of record is present, so the comparison covers every schema.
    for (const name of BACKUP_TABLES) expect(before[name]?.length, name).toBeGreaterThan(0);
    const { backup } = await backUp(source);

    const target = newDb();
    await ensureSampleRoles(target, SAMPLE_ROLES);
    const [someRole] = await target.roles.toArray();
    await target.notes.add(note(someRole?.id ?? '', 'Only in target', 'x'));
    await restoreBackup(target, backup);
    expect(await snapshot(target)).toStrictEqual(before);
  });

  it('undoes changes made after the backup in the same database', async () => {
    const db = newDb();
    await seedRichly(db);
    const before = await snapshot(db);
    const { backup } = await backUp(db);
    const roles = await db.roles.toArray();
    await db.roles.delete(roles[0]?.id ?? '');
    await db.requirements.toCollection().modify({ checked: 0 });
    await db.meta.clear();
    await restoreBackup(db, backup);
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('keeps fields that are present but undefined, as dexie-export-import marks them', async () => {
    const db = newDb();
    await seedRichly(db);
    const [role] = await db.roles.toArray();
    const odd: Note = { ...note(role?.id ?? '', 'Odd', 'x'), applicationId: undefined };
    await db.notes.add(odd);
    const before = await snapshot(db);
    const { text, backup } = await backUp(db);
    expect(/"applicationId":"undef"/.test(text)).toBe(true);
    const target = newDb();
    await restoreBackup(target, backup);
    const restored = await target.notes.get(odd.id);
    expect(restored && Object.hasOwn(restored, 'applicationId')).toBe(true);
    expect(await snapshot(target)).toStrictEqual(before);
  });

  it('records app version, schema version and date, and names the Shortlist database', async () => {
    const db = newDb();
    await seedRichly(db);
    const { text, backup } = await backUp(db);
    const json = JSON.parse(text) as { shortlist: unknown; data: { databaseName: string } };
    expect(json.shortlist).toEqual({
      appVersion: '9.8.7',
      schemaVersion: SCHEMA_VERSION,
      createdAt: 1_750_000_000_000,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/u) as unknown,
    });
    expect(json.data.databaseName).toBe('shortlist');
    expect(backup.counts).toEqual(await countRows(db));
  });

  it('stays a file dexie-export-import itself can read and import', async () => {
    const db = newDb();
    await seedRichly(db);
    const before = await snapshot(db);
    const { text } = await backUp(db);
    const meta = await peakImportFile(new Blob([text]));
    expect(meta.formatName).toBe('dexie');
    expect(meta.data.databaseName).toBe('shortlist');
    expect(meta.data.tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLES].sort());
    const name = `imported-${crypto.randomUUID()}`;
    const imported = (await importDB(new Blob([text]), { name })) as ShortlistDb;
    opened.push(imported);
    expect(await snapshot(imported)).toStrictEqual(before);
  });

  it('reports progress while backing up and restoring, ending at the total', async () => {
    const db = newDb();
    await seedRichly(db);
    const total = Object.values(await countRows(db)).reduce((a, b) => a + b, 0);
    const exported: BackupProgress[] = [];
    const text = await createBackupText(db, {
      appVersion: '1',
      onProgress: (p) => exported.push(p),
    });
    expect(exported.at(-1)).toEqual({ done: total, total });
    const result = validateBackup(text);
    if (!result.ok) throw new Error(result.error);
    const restored: BackupProgress[] = [];
    await restoreBackup(newDb(), result.backup, (p) => restored.push(p));
    expect(restored[0]).toEqual({ done: 0, total });
    expect(restored.at(-1)).toEqual({ done: total, total });
  });

  it('leaves the search index matching the restored data', async () => {
    const source = newDb();
    await ensureSampleRoles(source, SAMPLE_ROLES);
    const sourceRole = await source.roles.where('seedKey').equals('canonical-em-lxd').first();
    await source.notes.add(note(sourceRole?.id ?? '', 'Quokka', 'Ask about the quokka'));
    const { backup } = await backUp(source);

    const target = newDb();
    await ensureSampleRoles(target, SAMPLE_ROLES);
    const targetRole = await target.roles.where('seedKey').equals('canonical-em-hpc').first();
    await target.notes.add(note(targetRole?.id ?? '', 'Zanzibar', 'The Zanzibar offsite'));
    const search = new RoleSearch(target);
    expect(await search.search('zanzibar')).toEqual(new Set([targetRole?.id]));
    expect(await search.search('quokka')).toEqual(new Set());

    await restoreBackup(target, backup);
    expect(await search.search('zanzibar')).toEqual(new Set());
    expect(await search.search('quokka')).toEqual(new Set([sourceRole?.id]));
    // The kept index answers like one built afresh from the backed-up database.
    const fresh = new RoleSearch(source);
    for (const query of ['LXD', 'kubeflow', 'infiniband hpc', 'landscape']) {
      expect(await search.search(query), query).toEqual(await fresh.search(query));
    }
  });

  it('covers every table of the schema with a row schema', () => {
    const db = newDb();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...BACKUP_TABLES].sort());
  });

  it('suggests a dated file name', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 30).getTime())).toBe(
      'shortlist-backup-2026-01-05.json',
    );
  });
});
