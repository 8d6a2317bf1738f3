/**
 * The parser version each role's checklist was last made or reviewed with, kept as a
 * per-role setting (see shared/import/parser-upgrade): written when a reviewed posting is
 * saved, a re-parse applied or the new-requirements offer dismissed.
 */
import {
  parserVersionSchema,
  parserVersionSetting,
  UNRECORDED_PARSER_VERSION,
} from '../../../shared/import/parser-upgrade';
import { PARSER_VERSION } from '../../../shared/parser';
import type { ShortlistDb } from './db';
import { getSetting, setSetting } from './settings-repo';

/** The parser version a role's checklist was last made or reviewed with. */
export async function recordedParserVersion(db: ShortlistDb, roleId: string): Promise<number> {
  const key = parserVersionSetting(roleId);
  return getSetting(db, key, parserVersionSchema, UNRECORDED_PARSER_VERSION);
}

/**
 * Records a role as handled with the current parser: its offer answered ("Not now"), a
 * re-parse applied or a reviewed posting saved. Inside a transaction, include db.meta.
 */
export async function recordParserVersion(db: ShortlistDb, roleId: string): Promise<void> {
  const result = await setSetting(db, parserVersionSetting(roleId), PARSER_VERSION);
  // A version number is never over the settings' size limit: a refusal is a bug.
  if (!result.ok) throw new Error(result.error);
}
