/**
 * Checks a whole backup file before restore touches anything: size, JSON, format,
 * version, the table list, every row against the model, the links between rows. The
 * result is either every row ready to write, or one sentence saying why it cannot be.
 */
import type { z } from 'zod';
import { SCHEMA_VERSION } from '../schema';
import { DB_NAME } from '../db';
import {
  BACKUP_TABLES,
  MAX_BACKUP_BYTES,
  PRIMARY_KEYS,
  ROW_SCHEMAS,
  TABLE_LABELS,
  backupHeaderSchema,
  isBackupTable,
  type BackupHeader,
  type BackupRows,
  type BackupTable,
} from './backup-format';
import { findBrokenLink } from './check-links';
import { reviveRow } from './revive-row';
import { isJsonObject, parseUntrustedJson } from './safe-json';

/** A backup that passed every check: its header, and every row ready to write. */
export interface ValidBackup {
  header: BackupHeader;
  rows: BackupRows;
  counts: Record<BackupTable, number>;
  /** No checksum (an older file): restoring it needs an explicit "restore anyway". */
  unsealed?: true;
}

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; error: string };

const NOT_A_BACKUP = 'This file is not a Shortlist backup:';

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(`${NOT_A_BACKUP} ${reason}.`);
}

const megabytes = (bytes: number) => `${String(Math.round(bytes / (1024 * 1024)))} MB`;

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `“${field}”: ${issue.message}` : issue.message;
}

/** A file's envelope once it has passed: its header, its data, and its data version. */
export interface BackupEnvelope {
  header: BackupHeader;
  data: Record<string, unknown>;
  /** The data version the rows are in (whole versions; Dexie's patches round down). */
  version: number;
}

export type EnvelopeCheck = { ok: true; envelope: BackupEnvelope } | { ok: false; error: string };

/** The envelope: dexie-export-import format 1 of the Shortlist database, with a header. */
function readEnvelope(value: unknown): BackupEnvelope {
  if (!isJsonObject(value)) refuse('it is not a database export');
  if (value.formatName !== 'dexie') refuse('it is not a database export');
  if (value.formatVersion !== 1) {
    refuse(
      `it uses export format ${JSON.stringify(value.formatVersion)}, which Shortlist cannot read`,
    );
  }
  const data = value.data;
  if (!isJsonObject(data)) refuse('it holds no data');
  if (data.databaseName !== DB_NAME) refuse('it is an export of another database');
  const header = backupHeaderSchema.safeParse(value.shortlist);
  if (!header.success) refuse('it has no readable Shortlist header (app and data version)');
  const databaseVersion = data.databaseVersion;
  if (typeof databaseVersion !== 'number' || !Number.isFinite(databaseVersion)) {
    refuse('it does not say its data version');
  }
  // Dexie records a patched schema as a tenth (version 1 patched is 1.1): still version 1.
  const version = Math.max(header.data.schemaVersion, Math.floor(databaseVersion));
  return { header: header.data, data, version };
}

function checkNotNewer({ header, version }: BackupEnvelope, targetVersion: number): void {
  if (version > targetVersion) {
    throw new Refusal(
      `This backup was made by a newer version of Shortlist (${header.appVersion || 'unknown'}, ` +
        `data version ${String(version)}). Update Shortlist, then restore it.`,
    );
  }
}

/** Which table names a file may have: today's, or (older data) any plain identifier. */
type TableNames<T extends string> = (name: string) => name is T;

/** A table name an older schema could have had: a plain identifier. */
function isTableIdentifier(name: string): name is string {
  return /^[A-Za-z_$][\w$]{0,63}$/.test(name);
}

/** The table list: each table once, each one `known`, nothing else. */
function readTableList<T extends string>(
  data: Record<string, unknown>,
  known: TableNames<T>,
): Map<T, number> {
  const tables = data.tables;
  if (!Array.isArray(tables)) refuse('it has no table list');
  if (tables.length > 1000) refuse('its table list is damaged');
  const rowCounts = new Map<T, number>();
  for (const entry of tables) {
    if (!isJsonObject(entry) || typeof entry.name !== 'string') refuse('its table list is damaged');
    if (typeof entry.schema !== 'string' || entry.schema.length > 10_000) {
      refuse('its table list is damaged');
    }
    const name = entry.name;
    if (!known(name)) refuse(`it has a table Shortlist does not know (“${name.slice(0, 60)}”)`);
    if (rowCounts.has(name)) refuse(`it lists the “${name}” table twice`);
    const rowCount = entry.rowCount;
    if (typeof rowCount !== 'number' || !Number.isInteger(rowCount) || rowCount < 0) {
      refuse(`its table list has no row count for “${name}”`);
    }
    rowCounts.set(name, rowCount);
  }
  return rowCounts;
}

/** The rows of each listed table; a count that does not match means damage. */
function readTableData<T extends string>(
  data: Record<string, unknown>,
  rowCounts: Map<T, number>,
): Map<T, unknown[]> {
  if (!Array.isArray(data.data)) refuse('it holds no table data');
  const rowsByTable = new Map<T, unknown[]>();
  const listed = (name: string): name is T => rowCounts.has(name as T);
  for (const entry of data.data) {
    if (!isJsonObject(entry) || typeof entry.tableName !== 'string') {
      refuse('its table data is damaged');
    }
    const name = entry.tableName;
    if (!listed(name)) refuse(`it has a table Shortlist does not know (“${name.slice(0, 60)}”)`);
    if (rowsByTable.has(name)) refuse(`it holds the “${name}” table twice`);
    if (entry.inbound !== true || !Array.isArray(entry.rows)) {
      refuse(`its “${name}” table is damaged`);
    }
    const rows: unknown[] = entry.rows;
    if (rows.length !== rowCounts.get(name)) {
      refuse(
        `its “${name}” table should hold ${String(rowCounts.get(name))} rows but holds ${String(rows.length)}`,
      );
    }
    rowsByTable.set(name, rows);
  }
  for (const name of rowCounts.keys()) {
    if (!rowsByTable.has(name)) refuse(`it lacks the rows of the “${name}” table`);
  }
  return rowsByTable;
}

/** Every row revived, checked against its schema, with unique keys. */
function checkRows(name: BackupTable, rows: unknown[]): unknown[] {
  const schema = ROW_SCHEMAS[name];
  const keyField = PRIMARY_KEYS[name];
  const keys = new Set<string>();
  const seedKeys = new Set<string>();
  const label = TABLE_LABELS[name].toLowerCase();
  return rows.map((raw, index) => {
    const where = `${label} row ${String(index + 1)}`;
    const revived = reviveRow(raw);
    if (!revived.ok) refuse(`in ${where}, ${revived.error}`);
    const parsed = schema.safeParse(revived.row);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      refuse(`${where} is not valid (${issue ? describeIssue(issue) : 'unknown problem'})`);
    }
    const row = revived.row as Record<string, unknown>;
    const key = String(row[keyField]);
    if (keys.has(key)) refuse(`${where} repeats the key of an earlier row`);
    keys.add(key);
    // The one unique index besides primary keys: &seedKey on roles.
    if (name === 'roles' && typeof row.seedKey === 'string') {
      if (seedKeys.has(row.seedKey)) refuse(`${where} repeats the sample key of an earlier role`);
      seedKeys.add(row.seedKey);
    }
    // The revived row, not zod's copy: restore must write exactly what was backed up.
    return row;
  });
}

/** Runs checks that refuse by throwing; a refusal (or a crash) becomes a sentence. */
function refusalsAsResult<T extends { ok: true }>(
  check: () => T,
): T | { ok: false; error: string } {
  try {
    return check();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    // E.g. a value nested so deeply that checking it overflows the stack.
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return { ok: false, error: `${NOT_A_BACKUP} it could not be checked (${detail}).` };
  }
}

/**
 * The first checks of any backup: size, JSON (no prototype keys), envelope, header, and
 * a data version no newer than `targetVersion`. `size` is its size on disk in bytes.
 */
export function readBackupEnvelope(
  text: string,
  size: number = text.length,
  targetVersion: number = SCHEMA_VERSION,
): EnvelopeCheck {
  return refusalsAsResult(() => {
    if (size > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
      throw new Refusal(
        `This file is too large to be a Shortlist backup (${megabytes(Math.max(size, text.length))}; ` +
          `the limit is ${megabytes(MAX_BACKUP_BYTES)}).`,
      );
    }
    const json = parseUntrustedJson(text);
    if (!json.ok) refuse(json.error);
    const envelope = readEnvelope(json.value);
    checkNotNewer(envelope, targetVersion);
    return { ok: true as const, envelope };
  });
}

/** Rows per current table, checked against today's model, then the links between them. */
export function validateRows(
  header: BackupHeader,
  rowsByTable: ReadonlyMap<string, unknown[]>,
): BackupValidation {
  return refusalsAsResult(() => {
    const rows = {} as BackupRows;
    const counts = {} as Record<BackupTable, number>;
    for (const name of BACKUP_TABLES) {
      const found = rowsByTable.get(name);
      if (!found) refuse(`it lacks the “${name}” table`);
      rows[name] = checkRows(name, found);
      counts[name] = rows[name].length;
    }
    const broken = findBrokenLink(rows);
    if (broken !== undefined) throw new Refusal(broken);
    return { ok: true as const, backup: { header, rows, counts } };
  });
}

/** A backup in today's data version: its tables are exactly today's. */
export function validateCurrentTables(envelope: BackupEnvelope): BackupValidation {
  const tables = refusalsAsResult(() => {
    const rowCounts = readTableList(envelope.data, isBackupTable);
    for (const name of BACKUP_TABLES) {
      if (!rowCounts.has(name)) refuse(`it lacks the “${name}” table`);
    }
    return { ok: true as const, rowsByTable: readTableData(envelope.data, rowCounts) };
  });
  return tables.ok ? validateRows(envelope.header, tables.rowsByTable) : tables;
}

/**
 * A backup in an older data version, before it is converted: its tables are whatever
 * that version had, but the structure must be sound and every row may hold only the
 * value types Shortlist ever stores, just like a current backup.
 */
export function checkOlderTables(
  envelope: BackupEnvelope,
): { ok: true } | { ok: false; error: string } {
  return refusalsAsResult(() => {
    const rowsByTable = readTableData(
      envelope.data,
      readTableList(envelope.data, isTableIdentifier),
    );
    for (const [name, rows] of rowsByTable) {
      rows.forEach((row, index) => {
        const revived = reviveRow(row);
        if (!isJsonObject(row))
          refuse(`in the “${name}” table, row ${String(index + 1)} is not a record`);
        if (!revived.ok)
          refuse(`in the “${name}” table, row ${String(index + 1)}: ${revived.error}`);
      });
    }
    return { ok: true as const };
  });
}

/**
 * Validates the text of a backup in today's data version (see `checkBackup` in
 * upgrade-backup.ts for older ones). `size` is its size on disk in bytes, when known.
 * Never throws: a refusal comes back as a sentence for the user.
 */
export function validateBackup(text: string, size: number = text.length): BackupValidation {
  const read = readBackupEnvelope(text, size);
  if (!read.ok) return read;
  if (read.envelope.version < SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This backup holds data version ${String(read.envelope.version)}, which must be converted before it is checked.`,
    };
  }
  return validateCurrentTables(read.envelope);
}
