// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { exportDB, type ExportProgress } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { asExported, exportPlainJson } from '../../../../../renderer/src/db/backup/plain-export';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { openReadConnection } from '../../../../../renderer/src/db/read-connection';
import { freshDb } from '../test-db';
import { deleteTracked, seededWithNotes, seedRichly, track } from './backup-fixtures';

afterEach(deleteTracked);

/** Both exports of `db` as text, with the progress each reported. */
async function bothExports(db: ShortlistDb) {
  const plain = await openReadConnection(db);
  try {
    const ours: ExportProgress[] = [];
    const theirs: ExportProgress[] = [];
    const fast = await exportPlainJson(plain, (progress) => ours.push({ ...progress }) > 0);
    const library = await exportDB(plain, {
      progressCallback: (progress) => theirs.push({ ...progress }) > 0,
    });
    return { fast: await fast?.text(), library: await library.text(), ours, theirs };
  } finally {
    plain.close();
  }
}

describe('the plain JSON export', () => {
  it('writes the very bytes exportDB writes, with the same progress', async () => {
    const db = track(freshDb());
    await seedRichly(db);
    const { fast, library, ours, theirs } = await bothExports(db);
    expect(fast).toBeDefined();
    expect(fast).toBe(library);
    expect(ours).toEqual(theirs);
    expect(ours.at(-1)).toMatchObject({ done: true, completedTables: ours[0]?.totalTables });
  });

  it('reads a table of more than one chunk (2,000 rows) in chunks, as exportDB does', async () => {
    const db = await seededWithNotes(2_500);
    const { fast, library, ours, theirs } = await bothExports(db);
    expect(fast).toBe(library);
    expect(ours).toEqual(theirs);
    // The notes' chunks: 2,000 then 500.
    const rows = ours.map((progress) => progress.completedRows);
    expect(rows.some((done, at) => (rows[at + 1] ?? done) - done === 2_000)).toBe(true);
  });

  it('leaves a row plain JSON cannot hold to exportDB, which keeps its value', async () => {
    const db = track(freshDb());
    await seedRichly(db);
    const [role] = await db.roles.toArray();
    if (!role) throw new Error('No role was seeded.');
    await db.roles.update(role.id, { sourceUrl: new Date(0) as unknown as string });
    const { fast, library } = await bothExports(db);
    expect(fast).toBeUndefined();
    expect(library).toContain('"$types"');
    // Back up falls back on exportDB: the date is kept, tagged, not flattened to a string.
    const text = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
    const written = library.slice(library.indexOf('"tables"'));
    expect(text.slice(text.indexOf('"tables"'))).toBe(written);
  });

  it('writes a field set to undefined as exportDB does, and it restores as unset', async () => {
    const db = track(freshDb());
    await seedRichly(db);
    const [role] = await db.roles.toArray();
    if (!role) throw new Error('No role was seeded.');
    await db.roles.put({ ...role, closingDate: undefined });
    const { fast, library } = await bothExports(db);
    expect(fast).toBe(library);
    expect(fast).toContain('"closingDate":"undef"');
    const text = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
    const valid = validateBackup(text);
    if (!valid.ok) throw new Error(valid.error);
    const copy = track(freshDb());
    await restoreBackup(copy, valid.backup);
    const restored = await copy.roles.get(role.id);
    expect(restored?.title).toBe(role.title);
    expect(restored?.closingDate).toBeUndefined();
  });
});

describe('asExported', () => {
  it('notes arrays and undefined fields by path, as Typeson does', () => {
    expect(asExported({ a: 1, b: 'x', c: null, d: true })).toEqual({
      a: 1,
      b: 'x',
      c: null,
      d: true,
    });
    expect(asExported({ tags: [], nested: { 'x.y~': [[1], { z: undefined }] } })).toEqual({
      tags: [],
      nested: { 'x.y~': [[1], { z: 0 }] },
      $types: {
        tags: 'arrayNonindexKeys',
        'nested.x~1y~0': 'arrayNonindexKeys',
        'nested.x~1y~0.0': 'arrayNonindexKeys',
        'nested.x~1y~0.1.z': 'undef',
      },
    });
  });

  it('refuses what plain JSON cannot hold, leaving it to exportDB', () => {
    const hole: unknown[] = [1];
    hole[2] = 3;
    class Point {
      x = 1;
    }
    for (const [at, value] of [
      NaN,
      Infinity,
      -0,
      10n,
      Symbol('s'),
      () => 1,
      new Date(0),
      new Uint8Array(2),
      new Map(),
      new Set(),
      new Blob(['x']),
      new Point(),
      [undefined],
      hole,
      { b: NaN },
      { $types: 'x' },
      [{ at: new Date(0) }],
    ].entries())
      expect(asExported({ value }), `value ${String(at)}`).toBeNull();
    expect(asExported([1, 2])).toBeNull();
    expect(asExported(Object.assign(Object.create(null) as object, { a: 1 }))).toEqual({ a: 1 });
  });
});
