// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../../../../renderer/src/db/backup/backup-format';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import { checkBackup } from '../../../../../renderer/src/db/backup/upgrade-backup';
import {
  validateBackup,
  type ValidBackup,
} from '../../../../../renderer/src/db/backup/validate-backup';
import { SCHEMA_VERSION } from '../../../../../renderer/src/db/schema';
import { openShortlistDb, type ShortlistDb } from '../../../../../renderer/src/db/db';
import { freshDb } from '../test-db';
import { seedRichly, snapshot } from './backup-fixtures';
import { editBackup, tableRows, type BackupJson, type Row } from './backup-json';

let db: ShortlistDb;
let good: string;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  db = freshDb();
  await seedRichly(db);
  good = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
  before = await snapshot(db);
});
afterAll(async () => {
  await db.delete();
});

/** The whole restore as the app runs it: validate, and restore only what passed. */
async function restoreText(text: string, size?: number): Promise<string | null> {
  const result = await checkBackup(text, size);
  if (!result.ok) return result.error;
  await restoreBackup(db, result.backup);
  return null;
}

function edited(edit: (json: BackupJson) => void): string {
  return editBackup(good, edit);
}

const rows = tableRows;

function first(json: BackupJson, table: string): Row {
  const [row] = rows(json, table);
  if (!row) throw new Error(`no ${table} row`);
  return row;
}

async function expectRefused(text: string, message: RegExp, size?: number): Promise<void> {
  const error = await restoreText(text, size);
  expect(error).toMatch(message);
  expect(await snapshot(db)).toStrictEqual(before);
}

describe('a broken or hostile backup changes nothing and says why', () => {
  it('accepts the untouched file (so each refusal below is about its one change)', () => {
    const result = validateBackup(good);
    expect(result.ok).toBe(true);
  });

  it('truncated JSON', async () => {
    await expectRefused(
      good.slice(0, Math.floor(good.length / 2)),
      /^This file is not a Shortlist backup: it ends too early/,
    );
  });

  it('a row with a field of the wrong type', async () => {
    const text = edited((json) => {
      first(json, 'roles').title = 42;
    });
    await expectRefused(text, /roles row 1 is not valid \(“title”: .*string/);
  });

  it('a row with an unknown status', async () => {
    const text = edited((json) => {
      first(json, 'applications').status = 'hired-by-aliens';
    });
    await expectRefused(text, /applications row 1 is not valid \(“status”/);
  });

  it('a row with a field the model does not have', async () => {
    const text = edited((json) => {
      first(json, 'notes').script = '<img onerror=alert(1)>';
    });
    await expectRefused(text, /notes row 1 is not valid/);
  });

  it('an unknown table', async () => {
    const text = edited((json) => {
      json.data.tables?.push({ name: 'secrets', schema: 'id', rowCount: 0 });
      json.data.data.push({ tableName: 'secrets', inbound: true, rows: [] });
    });
    await expectRefused(text, /a table Shortlist does not know \(“secrets”\)/);
  });

  it('a missing table list', async () => {
    const text = edited((json) => {
      delete json.data.tables;
    });
    await expectRefused(text, /it has no table list/);
  });

  it('a missing table', async () => {
    const text = edited((json) => {
      json.data.tables = json.data.tables?.filter((table) => table.name !== 'notes');
      json.data.data = json.data.data.filter((table) => table.tableName !== 'notes');
    });
    await expectRefused(text, /it lacks the “notes” table/);
  });

  it('a row count that does not match the rows', async () => {
    const text = edited((json) => {
      rows(json, 'requirements').pop();
    });
    await expectRefused(text, /“requirements” table should hold \d+ rows but holds/);
  });

  it('a newer schema version', async () => {
    const text = edited((json) => {
      if (json.shortlist) json.shortlist.schemaVersion = SCHEMA_VERSION + 1;
      json.data.databaseVersion = SCHEMA_VERSION + 1;
    });
    await expectRefused(text, /^This backup was made by a newer version of Shortlist \(1\.0\.0/);
  });

  it('a newer database version under an older header', async () => {
    const text = edited((json) => {
      json.data.databaseVersion = SCHEMA_VERSION + 2;
    });
    await expectRefused(text, /newer version of Shortlist/);
  });

  it('a wrong format name', async () => {
    const text = edited((json) => {
      json.formatName = 'not-dexie';
    });
    await expectRefused(text, /not a Shortlist backup: it is not a database export/);
  });

  it('an unknown format version', async () => {
    const text = edited((json) => {
      json.formatVersion = 2;
    });
    await expectRefused(text, /export format 2/);
  });

  it('another database', async () => {
    const text = edited((json) => {
      json.data.databaseName = 'someone-else';
    });
    await expectRefused(text, /an export of another database/);
  });

  it('no Shortlist header', async () => {
    const text = edited((json) => {
      delete json.shortlist;
    });
    await expectRefused(text, /no readable Shortlist header/);
  });

  it('JSON that is not an object', async () => {
    await expectRefused('[1, 2, 3]', /it is not a database export/);
    await expectRefused('null', /it is not a database export/);
  });

  // JSON.parse itself never pollutes a prototype, so checking `{}` afterwards proves
  // nothing; what matters is that the key is refused by name before anything uses it.
  it('a __proto__ key inside a row, refused by name', async () => {
    const text = good.replace('"title":', '"__proto__":{"polluted":true},"title":');
    expect(text).not.toBe(good);
    await expectRefused(text, /the key “__proto__”, which Shortlist refuses/);
  });

  it('a __proto__ key in a backup older than the schema, refused by name before converting', async () => {
    const text = good.replace('"title":', '"__proto__":{"polluted":true},"title":');
    // Checked against a schema one version newer, this file goes the conversion path.
    const result = await checkBackup(text, undefined, {
      version: SCHEMA_VERSION + 1,
      open: openShortlistDb,
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/the key “__proto__”, which Shortlist refuses/) as unknown,
    });
    const converted = await checkBackup(good, undefined, {
      version: SCHEMA_VERSION + 1,
      open: openShortlistDb,
    });
    // The same file without the key converts (the newer schema changes nothing).
    expect(converted.ok).toBe(true);
  });

  it('constructor and prototype keys deep inside a row', async () => {
    const constructorKey = edited((json) => {
      first(json, 'meta').value = { nested: { constructor: { prototype: 1 } } };
    });
    await expectRefused(constructorKey, /the key “(constructor|prototype)”/);
  });

  it('a type note that points at __proto__', async () => {
    const text = edited((json) => {
      first(json, 'notes').$types = { '__proto__.x': 'undef' };
    });
    await expectRefused(text, /type notes name a field it does not have/);
  });

  it('a value type Shortlist never stores', async () => {
    const text = edited((json) => {
      const note = first(json, 'notes');
      note.createdAt = 5;
      note.$types = { createdAt: 'date' };
    });
    await expectRefused(text, /a kind of value Shortlist never stores \("date"\)/);
  });

  it('100 MB of junk', async () => {
    const junk = 'x'.repeat(100 * 1024 * 1024);
    await expectRefused(junk, /^This file is not a Shortlist backup: it is not valid JSON/);
    // Junk that starts like a backup and never ends is read to its end, then refused.
    const endless = `{"formatName":"dexie","data":"${junk}`;
    await expectRefused(endless, /it ends too early/);
  });

  it('a file over the size limit, before reading it', async () => {
    await expectRefused(
      good,
      /too large to be a Shortlist backup \(300 MB; the limit is 256 MB\)/,
      300 * 1024 * 1024,
    );
  });

  it('a row whose id repeats another row’s', async () => {
    const text = edited((json) => {
      const [a, b] = rows(json, 'requirements');
      if (a && b) b.id = a.id;
    });
    await expectRefused(text, /checklist items row 2 repeats the key of an earlier row/);
  });

  it('two roles with the same sample key', async () => {
    const text = edited((json) => {
      const [a, b] = rows(json, 'roles');
      if (a && b) b.seedKey = a.seedKey;
    });
    await expectRefused(text, /repeats the sample key of an earlier role/);
  });

  it('rows over the size limits', async () => {
    const longTitle = edited((json) => {
      first(json, 'roles').title = 'x'.repeat(MAX_SHORT_TEXT + 1);
    });
    await expectRefused(longTitle, /roles row 1 is not valid \(“title”: Too big/);
    const longBody = edited((json) => {
      first(json, 'notes').body = 'x'.repeat(MAX_LONG_TEXT + 1);
    });
    await expectRefused(longBody, /notes row 1 is not valid \(“body”: Too big/);
    const manyTags = edited((json) => {
      first(json, 'notes').tags = Array.from({ length: 10_001 }, () => 't');
    });
    await expectRefused(manyTags, /notes row 1 is not valid \(“tags”: Too big/);
  });
});

describe('a restore that fails while writing is undone', () => {
  function validBackup(): ValidBackup {
    const result = validateBackup(good);
    if (!result.ok) throw new Error(result.error);
    return result.backup;
  }

  it('a unique index violated by the rows leaves the database as it was', async () => {
    const backup = validBackup();
    // Past validation (which refuses this), so only the database can notice.
    const [a, b] = backup.rows.roles as Row[];
    if (a && b) b.seedKey = a.seedKey;
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('an error after some chunks are written leaves the database as it was', async () => {
    const backup = validBackup();
    let calls = 0;
    await expect(
      restoreBackup(db, backup, (progress) => {
        calls += 1;
        if (progress.done > 0) throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(calls).toBe(2);
    expect(await snapshot(db)).toStrictEqual(before);
  });
});
