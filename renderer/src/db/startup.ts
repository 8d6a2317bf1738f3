/**
 * What runs before the first screen: the first launch's sample roles, then a check that
 * writes can be kept. Neither stops the app when storage is full: it opens read-only,
 * with everything there to read, back up and export. Only a database that cannot be
 * opened at all (e.g. an upgrade that found no space) is a startup error.
 */
import type { SampleRole } from '../../../shared/domain/seeds';
import type { ShortlistDb } from './db';
import { restoreExitDrafts } from './exit-drafts';
import { ensureSampleRoles, hasUnseededSamples } from './seed';
import { isStorageFullError } from './storage-full';
import { storageStatus } from './storage-status';

export type StartupMode = 'writable' | 'read-only';

/** The sample roles: their keys, and their postings loaded only when one is added. */
export interface SampleSource {
  seeds: readonly { seedKey: string }[];
  load: () => Promise<readonly SampleRole[]>;
}

/** Prepares `db` for the app; resolves to whether it opens writable or read-only. */
export async function prepareDatabase(
  db: ShortlistDb,
  samples: SampleSource,
  now: number = Date.now(),
): Promise<StartupMode> {
  const status = storageStatus(db);
  try {
    // Drafts kept as the last page went away, back in the table before anything reads it.
    await restoreExitDrafts(db);
    if (await hasUnseededSamples(db, samples.seeds)) {
      await ensureSampleRoles(db, await samples.load(), now);
    }
  } catch (error) {
    // Opened, but the samples could not be written: what is there can still be read.
    if (!isStorageFullError(error) || !db.isOpen()) throw error;
    status.markFull();
  }
  if (!status.full) {
    try {
      await status.recheck();
    } catch (error) {
      // Not a lack of space: the writes themselves will say what is wrong, if anything.
      console.warn('The storage check failed:', error);
    }
  }
  return status.full ? 'read-only' : 'writable';
}
