/**
 * Restore's full check, older backups included. A backup in an older data version (a
 * pre-upgrade backup, say) is brought up to date the way the app's own database is:
 * imported with dexie-export-import into a temporary database at the backup's version,
 * reopened with every schema version declared (so Dexie runs the same upgrades), and
 * read back. Only then are its rows checked against today's model, like any backup's.
 * The temporary database is deleted whatever happens; the app's data is never touched.
 */
import Dexie from 'dexie';
import { importDB } from 'dexie-export-import';
import { openShortlistDb } from '../db';
import { SCHEMA_VERSION } from '../schema';
import { BACKUP_TABLES } from './backup-format';
import { checkSeal } from './backup-checksum';
import {
  checkOlderTables,
  readBackupEnvelope,
  validateCurrentTables,
  validateRows,
  type BackupEnvelope,
  type BackupValidation,
} from './validate-backup';

/** The schema a backup is brought up to: its version, and how to open a database at it. */
export interface SchemaTarget {
  version: number;
  /** Opens (lazily) the named database with every schema version declared. */
  open: (name: string) => Dexie;
}

/** The schema this build declares. */
export const CURRENT_SCHEMA: SchemaTarget = { version: SCHEMA_VERSION, open: openShortlistDb };

/** Every current table's rows after the backup went through the schema's upgrades. */
async function upgradedRows(text: string, target: SchemaTarget): Promise<Map<string, unknown[]>> {
  // Unique, so two restores (or two windows) never share one.
  const name = `shortlist-convert-${crypto.randomUUID()}`;
  try {
    // At the backup's own version, with the tables and indexes its file declares.
    const imported = await importDB(new Blob([text], { type: 'application/json' }), { name });
    imported.close();
    const db = target.open(name);
    try {
      await db.open();
      const lists = await db.transaction('r', db.tables, () =>
        Promise.all(BACKUP_TABLES.map((table) => db.table(table).toArray())),
      );
      return new Map(BACKUP_TABLES.map((table, i) => [table, lists[i] ?? []]));
    } finally {
      db.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

async function convertOlder(
  text: string,
  envelope: BackupEnvelope,
  target: SchemaTarget,
): Promise<BackupValidation> {
  const structure = checkOlderTables(envelope);
  if (!structure.ok) return structure;
  let rows: Map<string, unknown[]>;
  try {
    rows = await upgradedRows(text, target);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return {
      ok: false,
      error:
        `This backup holds data version ${String(envelope.version)} from an older Shortlist, ` +
        `and bringing it up to version ${String(target.version)} failed (${detail}).`,
    };
  }
  return validateRows(envelope.header, rows);
}

const CHANGED =
  'This backup was changed or damaged after it was made: its contents no longer match ' +
  'the checksum Shortlist wrote into it, so it cannot be trusted. Nothing was restored; ' +
  'try another backup (Shortlist keeps automatic ones).';

/**
 * Checks a backup file's text before restore touches anything, converting a backup in
 * an older data version first. `size` is its size on disk in bytes, when known;
 * `target` is for tests (a schema with a version this build does not have yet). Never
 * rejects: a refusal comes back as a sentence for the user.
 */
export async function checkBackup(
  text: string,
  size: number = text.length,
  target: SchemaTarget = CURRENT_SCHEMA,
): Promise<BackupValidation> {
  const read = readBackupEnvelope(text, size, target.version);
  if (!read.ok) return read;
  const { envelope } = read;
  const seal = await checkSeal(text, envelope.header.sha256);
  if (seal === 'changed') return { ok: false, error: CHANGED };
  const checked =
    envelope.version >= target.version
      ? validateCurrentTables(envelope)
      : await convertOlder(text, envelope, target);
  return checked.ok && seal === 'missing'
    ? { ok: true, backup: { ...checked.backup, unsealed: true } }
    : checked;
}
