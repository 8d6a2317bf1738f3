// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import {
  checkBackup,
  type SchemaTarget,
} from '../../../../../renderer/src/db/backup/upgrade-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { declareSchema, SCHEMA_VERSION } from '../../../../../renderer/src/db/schema';
import { freshDb } from '../test-db';
import { seedRichly, snapshot } from './backup-fixtures';

type Row = Record<string, unknown>;
interface BackupJson {
  shortlist: { schemaVersion: number; appVersion: string; sha256?: string };
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; rows: Row[] }[];
  };
}

/** The made-up version after the real ones. */
const NEXT = SCHEMA_VERSION + 1;

/**
 * A made-up schema version NEXT on top of the real ones: roles' `company` used to be
 * called `employer` in the current version of this pretend history, and NEXT's upgrade
 * renames it. The backups below are current-version files in that older shape.
 */
function openWithV2(upgrade: (role: Row) => void): SchemaTarget {
  return {
    version: NEXT,
    open: (name) => {
      const db = new Dexie(name);
      declareSchema(db);
      db.version(NEXT)
        .stores({})
        .upgrade((tx) => tx.table('roles').toCollection().modify(upgrade));
      return db;
    },
  };
}

const RENAMES: SchemaTarget = openWithV2((role) => {
  role.company = role.employer;
  delete role.employer;
});

let source: ShortlistDb;
let expected: Record<string, unknown[]>;
let current: string;

const opened: ShortlistDb[] = [];
beforeAll(async () => {
  source = freshDb();
  await seedRichly(source);
  expected = await snapshot(source);
  current = await createBackupText(source, { appVersion: '1.0.0', now: 1_750_000_000_000 });
  return async () => {
    await source.delete();
  };
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** The current backup rewritten as the pretend version 1 would have written it. */
function olderBackup(edit?: (json: BackupJson) => void): string {
  const json = JSON.parse(current) as BackupJson;
  expect(json.shortlist.schemaVersion).toBe(SCHEMA_VERSION);
  expect(json.data.databaseVersion).toBe(SCHEMA_VERSION);
  // Made before backups carried a checksum, as every older backup was.
  delete json.shortlist.sha256;
  const roles = json.data.data.find((table) => table.tableName === 'roles');
  for (const role of roles?.rows ?? []) {
    role.employer = role.company;
    delete role.company;
  }
  edit?.(json);
  return JSON.stringify(json);
}

async function convertDatabases(): Promise<string[]> {
  return (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => name.startsWith('shortlist-convert-'));
}

describe('restoring a backup from an older data version', () => {
  it('runs the schema upgrades on it, then restores data deep-equal to the original', async () => {
    const checked = await checkBackup(olderBackup(), undefined, RENAMES);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.backup.counts.roles).toBe(expected.roles?.length);
    expect(checked.backup.header).toMatchObject({
      appVersion: '1.0.0',
      schemaVersion: SCHEMA_VERSION,
    });
    const target = freshDb();
    opened.push(target);
    await restoreBackup(target, checked.backup);
    expect(await snapshot(target)).toStrictEqual(expected);
    // The temporary database is gone.
    expect(await convertDatabases()).toEqual([]);
  });

  it('without the upgrade, the same older rows are refused as they are', async () => {
    const unchanged = openWithV2(() => undefined);
    const checked = await checkBackup(olderBackup(), undefined, unchanged);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^This file is not a Shortlist backup: roles row 1 is not valid/,
      ) as unknown,
    });
    expect(await convertDatabases()).toEqual([]);
  });

  it('says so, and leaves no temporary database, when the upgrade fails', async () => {
    const failing = openWithV2(() => {
      throw new Error('cannot rename');
    });
    const checked = await checkBackup(olderBackup(), undefined, failing);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(
        new RegExp(
          `^This backup holds data version ${String(SCHEMA_VERSION)} from an older Shortlist, and bringing it up to version ${String(NEXT)} failed \\(.*cannot rename`,
        ),
      ) as unknown,
    });
    expect(await convertDatabases()).toEqual([]);
  });

  it('refuses an older backup holding a value type Shortlist never stores, before importing', async () => {
    const text = olderBackup((json) => {
      const notes = json.data.data.find((table) => table.tableName === 'notes');
      const note = notes?.rows[0];
      if (!note) throw new Error('no note');
      note.updatedAt = 0;
      note.$types = { updatedAt: 'date' };
    });
    const checked = await checkBackup(text, undefined, RENAMES);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(
        /“notes” table, row 1: it holds a kind of value .*"date"/,
      ) as unknown,
    });
    expect(await convertDatabases()).toEqual([]);
  });

  it('refuses an older backup with a damaged table list, before importing', async () => {
    const text = olderBackup((json) => {
      json.data.tables.push({ name: 'x; drop', schema: 'id', rowCount: 0 });
    });
    const checked = await checkBackup(text, undefined, RENAMES);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(/a table Shortlist does not know \(“x; drop”\)/) as unknown,
    });
  });

  it('still refuses a backup newer than the schema it is brought to', async () => {
    const text = olderBackup((json) => {
      json.shortlist.schemaVersion = NEXT + 1;
      json.data.databaseVersion = NEXT + 1;
    });
    const checked = await checkBackup(text, undefined, RENAMES);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^This backup was made by a newer version of Shortlist/,
      ) as unknown,
    });
  });

  it('a current backup goes straight to the usual checks (no conversion)', async () => {
    const checked = await checkBackup(current);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.backup.counts.notes).toBe(expected.notes?.length);
  });
});
