/**
 * First-launch sample roles. Seeding is idempotent and respects the user: a sample is
 * added once, ever (its key is remembered in meta), so a relaunch never duplicates,
 * never overwrites edits, and a sample the user deleted stays deleted. Restoring
 * samples is the explicit way back.
 */
import type { SampleRole } from '../../../shared/domain/seeds';
import type { ShortlistDb } from './db';
import type { buildRoleRecords, RoleRecords } from './role-records';

const SEED_STATE_KEY = 'seeds';

/**
 * The keys remembered in meta, or none when the entry is missing or not of that shape.
 * Checked by hand, not with zod: this runs on every start, before the first screen, and
 * the schema library is loaded only where edits are validated.
 */
function seededKeysIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || !('seededKeys' in value)) return [];
  const { seededKeys } = value;
  return Array.isArray(seededKeys) && seededKeys.every((key) => typeof key === 'string')
    ? seededKeys
    : [];
}

export interface SeedOutcome {
  added: string[];
}

function prepare(
  build: typeof buildRoleRecords,
  samples: readonly SampleRole[],
  now: number,
): RoleRecords[] {
  // Parsing is pure and slow-ish, so it happens before the transaction opens.
  return samples.map((sample) =>
    build(
      {
        title: sample.title,
        company: sample.company,
        team: sample.team,
        location: sample.location,
        sourceUrl: sample.sourceUrl,
        seedKey: sample.seedKey,
        text: sample.text,
      },
      now,
    ),
  );
}

async function readSeededKeys(db: ShortlistDb): Promise<Set<string>> {
  const entry = await db.meta.get(SEED_STATE_KEY);
  return new Set(seededKeysIn(entry?.value));
}

function seedTables(db: ShortlistDb) {
  return [db.roles, db.postings, db.requirements, db.applications, db.activities, db.meta];
}

async function hasRoleWithSeedKey(db: ShortlistDb, seedKey: string): Promise<boolean> {
  return (await db.roles.where('seedKey').equals(seedKey).count()) > 0;
}

async function addSamples(
  db: ShortlistDb,
  samples: readonly SampleRole[],
  now: number,
  skipEverSeeded: boolean,
): Promise<SeedOutcome> {
  // The parser comes only now (first launch, Restore samples), not with the first screen.
  const { buildRoleRecords, insertRoleRecords } = await import('./role-records');
  const prepared = prepare(buildRoleRecords, samples, now);
  return db.transaction('rw', seedTables(db), async () => {
    const seeded = await readSeededKeys(db);
    const added: string[] = [];
    for (const records of prepared) {
      const key = records.role.seedKey ?? '';
      const everSeeded = seeded.has(key);
      seeded.add(key);
      if (skipEverSeeded && everSeeded) continue;
      if (await hasRoleWithSeedKey(db, key)) continue;
      await insertRoleRecords(db, records);
      added.push(key);
    }
    await db.meta.put({ key: SEED_STATE_KEY, value: { seededKeys: [...seeded] } });
    return { added };
  });
}

/**
 * Adds the samples never seeded before, all in one transaction. Runs at every start, so
 * when every sample has been seeded already it only reads: opening Shortlist must never
 * need a write (with storage full, a write would fail and lock the applicant out).
 */
/** Whether some of `seeds` was never seeded (only then are their postings needed). */
export async function hasUnseededSamples(
  db: ShortlistDb,
  seeds: readonly { seedKey: string }[],
): Promise<boolean> {
  const seeded = await readSeededKeys(db);
  return seeds.some((seed) => !seeded.has(seed.seedKey));
}

export async function ensureSampleRoles(
  db: ShortlistDb,
  samples: readonly SampleRole[],
  now: number = Date.now(),
): Promise<SeedOutcome> {
  const seeded = await readSeededKeys(db);
  if (samples.every((sample) => seeded.has(sample.seedKey))) return { added: [] };
  return addSamples(db, samples, now, true);
}

/** Brings back the sample roles that are missing now; existing ones are left alone. */
export function restoreMissingSampleRoles(
  db: ShortlistDb,
  samples: readonly SampleRole[],
  now: number = Date.now(),
): Promise<SeedOutcome> {
  return addSamples(db, samples, now, false);
}

/** The seed keys of the samples that are not in the database now. */
export async function listMissingSampleKeys(
  db: ShortlistDb,
  samples: readonly { seedKey: string }[],
): Promise<string[]> {
  const present = new Set(
    (
      await db.roles
        .where('seedKey')
        .anyOf(samples.map((s) => s.seedKey))
        .toArray()
    ).map((role) => role.seedKey),
  );
  return samples.map((s) => s.seedKey).filter((key) => !present.has(key));
}
