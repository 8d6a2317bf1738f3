/** A backup file's JSON as tests edit it to make broken or hostile copies. */
export type Row = Record<string, unknown>;

export interface BackupJson {
  formatName: unknown;
  formatVersion: unknown;
  shortlist?: Record<string, unknown>;
  data: {
    databaseName: unknown;
    databaseVersion: unknown;
    tables?: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Row[] }[];
  };
}

/**
 * A copy of the backup `text` after `edit` changed its parsed JSON. The copy has no
 * checksum, as a file made by hand or by an older Shortlist: so the checks after the
 * checksum's are what refuse it (checksum-backups.test.ts covers the checksum itself).
 */
export function editBackup(text: string, edit: (json: BackupJson) => void): string {
  const json = JSON.parse(text) as BackupJson;
  delete json.shortlist?.sha256;
  edit(json);
  return JSON.stringify(json);
}

/** The rows the backup holds for `table`. */
export function tableRows(json: BackupJson, table: string): Row[] {
  const entry = json.data.data.find((candidate) => candidate.tableName === table);
  if (!entry) throw new Error(`no ${table}`);
  return entry.rows;
}
