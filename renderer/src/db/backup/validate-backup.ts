/**
 * Checks a whole backup file before restore touches anything: size, JSON, format,
 * version, the table list, and every row against the model. The result is either every
 * row ready to write, or one sentence saying why the file cannot be restored.
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
import { reviveRow } from './revive-row';
import { isJsonObject, parseUntrustedJson } from './safe-json';

/** A backup that passed every check: its header, and every row ready to write. */
export interface ValidBackup {
  header: BackupHeader;
  rows: BackupRows;
  counts: Record<BackupTable, number>;
}

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; error: string };

const NOT_A_BACKUP = 'This file is not a Shortlist backup:';

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(`${NOT_A_BACKUP} ${reason}.`);
}

function megabytes(bytes: number): string {
  return `${String(Math.round(bytes / (1024 * 1024)))} MB`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `“${field}”: ${issue.message}` : issue.message;
}

/** The envelope: dexie-export-import format 1 of the Shortlist database, with a header. */
function readEnvelope(value: unknown) {
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
  if (typeof data.databaseVersion !== 'number') refuse('it does not say its data version');
  return { header: header.data, data, databaseVersion: data.databaseVersion };
}

function checkVersion(header: BackupHeader, databaseVersion: number): void {
  const version = Math.max(header.schemaVersion, databaseVersion);
  if (version > SCHEMA_VERSION) {
    throw new Refusal(
      `This backup was made by a newer version of Shortlist (${header.appVersion || 'unknown'}, ` +
        `data version ${String(version)}). Update Shortlist, then restore it.`,
    );
  }
  // Only version 1 exists. When a version 2 ships, an older backup needs the same
  // upgrade the database gets before its rows can be checked against today's model.
  if (version < SCHEMA_VERSION) {
    throw new Refusal(
      `This backup holds data version ${String(version)}, which this version of Shortlist cannot convert.`,
    );
  }
}

/** The table list: every current table exactly once, nothing else. */
function readTableList(data: Record<string, unknown>): Map<BackupTable, number> {
  const tables = data.tables;
  if (!Array.isArray(tables)) refuse('it has no table list');
  const rowCounts = new Map<BackupTable, number>();
  for (const entry of tables) {
    if (!isJsonObject(entry) || typeof entry.name !== 'string') refuse('its table list is damaged');
    const name = entry.name;
    if (!isBackupTable(name))
      refuse(`it has a table Shortlist does not know (“${name.slice(0, 60)}”)`);
    if (rowCounts.has(name)) refuse(`it lists the “${name}” table twice`);
    const rowCount = entry.rowCount;
    if (typeof rowCount !== 'number' || !Number.isInteger(rowCount) || rowCount < 0) {
      refuse(`its table list has no row count for “${name}”`);
    }
    rowCounts.set(name, rowCount);
  }
  for (const name of BACKUP_TABLES) {
    if (!rowCounts.has(name)) refuse(`it lacks the “${name}” table`);
  }
  return rowCounts;
}

/** The rows of each table, as listed; a count that does not match means damage. */
function readTableData(
  data: Record<string, unknown>,
  rowCounts: Map<BackupTable, number>,
): Map<BackupTable, unknown[]> {
  if (!Array.isArray(data.data)) refuse('it holds no table data');
  const rowsByTable = new Map<BackupTable, unknown[]>();
  for (const entry of data.data) {
    if (!isJsonObject(entry) || typeof entry.tableName !== 'string') {
      refuse('its table data is damaged');
    }
    const name = entry.tableName;
    if (!isBackupTable(name))
      refuse(`it has a table Shortlist does not know (“${name.slice(0, 60)}”)`);
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
  for (const name of BACKUP_TABLES) {
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

/**
 * Validates a backup file's text. `size` is its size on disk in bytes, when known.
 * Never throws: a refusal comes back as a sentence for the user.
 */
export function validateBackup(text: string, size: number = text.length): BackupValidation {
  try {
    if (size > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
      throw new Refusal(
        `This file is too large to be a Shortlist backup (${megabytes(Math.max(size, text.length))}; ` +
          `the limit is ${megabytes(MAX_BACKUP_BYTES)}).`,
      );
    }
    const json = parseUntrustedJson(text);
    if (!json.ok) refuse(json.error);
    const { header, data, databaseVersion } = readEnvelope(json.value);
    checkVersion(header, databaseVersion);
    const rowCounts = readTableList(data);
    const rowsByTable = readTableData(data, rowCounts);
    const rows = {} as BackupRows;
    const counts = {} as Record<BackupTable, number>;
    for (const name of BACKUP_TABLES) {
      rows[name] = checkRows(name, rowsByTable.get(name) ?? []);
      counts[name] = rows[name].length;
    }
    return { ok: true, backup: { header, rows, counts } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    // E.g. a value nested so deeply that checking it overflows the stack.
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return { ok: false, error: `${NOT_A_BACKUP} it could not be checked (${detail}).` };
  }
}
