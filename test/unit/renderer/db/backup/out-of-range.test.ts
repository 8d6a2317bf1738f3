// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { checkBackup } from '../../../../../renderer/src/db/backup/upgrade-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { freshDb } from '../test-db';
import { seedRichly } from './backup-fixtures';
import { editBackup, tableRows, type BackupJson, type Row } from './backup-json';

let db: ShortlistDb;
let good: string;

beforeAll(async () => {
  db = freshDb();
  await seedRichly(db);
  good = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
});
afterAll(async () => {
  await db.delete();
});

function first(json: BackupJson, table: string): Row {
  const [row] = tableRows(json, table);
  if (!row) throw new Error(`no ${table} row`);
  return row;
}

describe('values no screen can show are refused at restore, by field name', () => {
  it.each([
    [
      'a stage time past the Date range',
      'stages',
      'scheduledAt',
      9e15,
      /“scheduledAt”: is not a date/u,
    ],
    ['a stage time of 1e308', 'stages', 'scheduledAt', 1e308, /“scheduledAt”: is not a date/u],
    [
      'a made-up time zone',
      'stages',
      'timezone',
      'Mars/Olympus_Mons',
      /“timezone”: is not a time zone/u,
    ],
    ['a duration of 1e308', 'stages', 'durationMinutes', 1e308, /“durationMinutes”/u],
    [
      'a note edited in 1e300',
      'notes',
      'updatedAt',
      1e300,
      /notes row 1 is not valid \(“updatedAt”: is not a date/u,
    ],
  ])('%s', async (_label, table, field, value, message) => {
    const text = editBackup(good, (json) => {
      first(json, table)[field] = value;
    });
    const checked = await checkBackup(text);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toMatch(message);
  });

  it('accepts the untouched file, so each refusal above is about its one value', async () => {
    expect((await checkBackup(good)).ok).toBe(true);
  });
});
