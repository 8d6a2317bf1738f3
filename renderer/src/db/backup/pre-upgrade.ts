/**
 * The pre-upgrade backup: before the app opens its database at a newer schema version
 * (which runs the upgrade), the data as it is gets saved as an automatic backup. The
 * old database is opened without a schema (Dexie's dynamic mode), so this works with
 * whatever version is on disk.
 */
import Dexie from 'dexie';
import type { Platform } from '../../platform/types';
import { DB_NAME } from '../db';
import { SCHEMA_VERSION } from '../schema';

export type PreUpgradeOutcome =
  | { status: 'none' }
  | { status: 'current'; version: number }
  | { status: 'written'; version: number; path: string }
  | { status: 'failed'; error: string };

export interface PreUpgradeOptions {
  platform: Platform;
  /** The schema version the app is about to open the database at. */
  targetVersion: number;
  appVersion: string;
  dbName?: string;
  factory?: IDBFactory;
}

/** The Dexie version of an existing database, or null when there is none. */
async function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  // Without databases() there is no way to look without opening (and so creating) it.
  if (typeof factory.databases !== 'function') return null;
  const found = (await factory.databases()).find((info) => info.name === name);
  // Dexie stores its version times ten in IndexedDB, and adds one when it patches a
  // schema in place (version 1 patched is 11): the schema version is the tens.
  return found?.version ? Math.floor(found.version / 10) : null;
}

/** Backs up the database first if it exists at a version older than `targetVersion`. */
export async function backupBeforeUpgrade(options: PreUpgradeOptions): Promise<PreUpgradeOutcome> {
  const { platform, targetVersion, appVersion, dbName = DB_NAME } = options;
  try {
    const factory = options.factory ?? indexedDB;
    const version = await installedVersion(factory, dbName);
    if (version === null) return { status: 'none' };
    if (version >= targetVersion) return { status: 'current', version };
    const old = new Dexie(dbName, { indexedDB: factory, autoOpen: false });
    let text: string;
    try {
      await old.open();
      // The backup code (dexie-export-import) loads only when there is an upgrade to do.
      const { createBackupText } = await import('./create-backup');
      text = await createBackupText(old, { appVersion });
    } finally {
      // Closed before the app opens it for the upgrade, which would otherwise wait.
      old.close();
    }
    const written = await platform.writeAutoBackup('pre-upgrade', text);
    return written.ok
      ? { status: 'written', version, path: written.value.path }
      : { status: 'failed', error: written.error };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Start-up: the pre-upgrade backup for the schema this build declares. Never rejects:
 * a backup that could not be made is logged, and the app opens all the same (Dexie's
 * upgrade is itself one transaction, so a failed upgrade changes nothing either).
 */
export async function backupBeforeOpening(platform: Platform, appVersion: string): Promise<void> {
  const outcome = await backupBeforeUpgrade({
    platform,
    targetVersion: SCHEMA_VERSION,
    appVersion,
  });
  if (outcome.status === 'failed') {
    console.warn(`The pre-upgrade backup could not be made: ${outcome.error}`);
  }
}
