// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { SAMPLE_SEEDS } from '../../../../renderer/src/db/sample-seeds';
import { recoverEvidenceDrafts } from '../../../../renderer/src/db/evidence-repo';
import { commitRoleNoteDrafts } from '../../../../renderer/src/db/note-drafts-repo';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { ensureStageTemplates } from '../../../../renderer/src/db/stage-templates-repo';
import { prepareDatabase } from '../../../../renderer/src/db/startup';
import { storageStatus } from '../../../../renderer/src/db/storage-status';
import { fakeStorage } from './full-storage';
import { freshDb } from './test-db';

const opened: ShortlistDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

/** The samples as main.tsx passes them; `loads` counts how often their postings load. */
function sampleSource() {
  const source = {
    loads: 0,
    seeds: SAMPLE_SEEDS,
    load: () => {
      source.loads += 1;
      return Promise.resolve(SAMPLE_ROLES);
    },
  };
  return source;
}
const SAMPLES = sampleSource();

/** A database as the app opens it: a new instance on `name` (a restart). */
function restart(name: string): ShortlistDb {
  const db = openShortlistDb(name);
  opened.push(db);
  return db;
}

async function dumpAll(db: ShortlistDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** The first launch: samples added, then closed as when the app quits. */
async function firstLaunch(): Promise<string> {
  const db = freshDb();
  opened.push(db);
  expect(await prepareDatabase(db, SAMPLES, 1000)).toBe('writable');
  expect(await db.roles.count()).toBe(5);
  db.close();
  return db.name;
}

describe('opening Shortlist', () => {
  it('needs no write on a second start: the samples are checked by reading only', async () => {
    const name = await firstLaunch();
    const storage = fakeStorage();
    const db = restart(name);
    await db.open();
    expect(storage.writeTransactions).toEqual([]);
    const outcome = await ensureSampleRoles(db, SAMPLE_ROLES, 2000);
    expect(outcome.added).toEqual([]);
    expect(storage.writeTransactions).toEqual([]);
  });

  it('leaves every record as it was; the only write is the storage probe, which keeps nothing', async () => {
    const name = await firstLaunch();
    const before = await dumpAll(restart(name));
    const storage = fakeStorage();
    const db = restart(name);
    const samples = sampleSource();
    expect(await prepareDatabase(db, samples, 2000)).toBe('writable');
    expect(storage.writeTransactions).toEqual([['meta']]);
    // The postings (and the parser) are not even loaded when every sample was seeded.
    expect(samples.loads).toBe(0);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('opens with storage full: read-only, with every role there to read', async () => {
    const name = await firstLaunch();
    const storage = fakeStorage();
    storage.fill();
    const db = restart(name);
    // Before: the seeds setting was written at every start, so this threw.
    await expect(ensureSampleRoles(db, SAMPLE_ROLES, 2000)).resolves.toEqual({ added: [] });
    expect(await prepareDatabase(db, SAMPLES, 2000)).toBe('read-only');
    expect(storageStatus(db).full).toBe(true);
    expect(await db.roles.count()).toBe(5);
  });

  it('opens read-only when the first launch cannot store the samples', async () => {
    const storage = fakeStorage();
    storage.fill();
    const db = freshDb();
    opened.push(db);
    expect(await prepareDatabase(db, SAMPLES, 1000)).toBe('read-only');
    expect(await db.roles.count()).toBe(0);
  });

  it('loads the postings on the first launch, and the manifest keys match them', async () => {
    const db = freshDb();
    opened.push(db);
    const samples = sampleSource();
    expect(await prepareDatabase(db, samples, 1000)).toBe('writable');
    expect(samples.loads).toBe(1);
    expect(SAMPLE_SEEDS.map((seed) => seed.seedKey)).toEqual(SAMPLE_ROLES.map((s) => s.seedKey));
  });

  it('adds a sample it has not seeded yet, and only then writes', async () => {
    const name = await firstLaunch();
    // Installed before the database opens: Dexie binds IndexedDB's transaction() then.
    const storage = fakeStorage();
    const db = restart(name);
    await db.meta.put({ key: 'seeds', value: { seededKeys: ['canonical-em-lxd'] } });
    storage.reset();
    const outcome = await ensureSampleRoles(db, SAMPLE_ROLES, 2000);
    // All five are there already: none is added again, but the setting is completed.
    expect(outcome.added).toEqual([]);
    expect(storage.writeTransactions).toHaveLength(1);
    const seeds = (await db.meta.get('seeds'))?.value as { seededKeys: string[] };
    expect([...seeds.seededKeys].sort()).toEqual(SAMPLE_ROLES.map((s) => s.seedKey).sort());
  });
});

describe("opening a role's tabs", () => {
  it('recovers drafts and sets up templates only when there is something to do: otherwise it only reads', async () => {
    const name = await firstLaunch();
    const first = restart(name);
    await ensureStageTemplates(first, 1000);
    first.close();
    const storage = fakeStorage();
    const db = restart(name);
    const role = await db.roles.toCollection().first();
    const roleId = role?.id ?? '';

    expect(await recoverEvidenceDrafts(db, roleId, 2000)).toEqual([]);
    expect(await commitRoleNoteDrafts(db, roleId, 2000)).toBe(0);
    await ensureStageTemplates(db, 2000);
    expect(storage.writeTransactions).toEqual([]);
  });
});
