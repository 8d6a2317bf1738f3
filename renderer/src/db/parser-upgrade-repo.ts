/**
 * The one-time "N new requirements found" offer on the role screen (see
 * shared/import/parser-upgrade): how many items a re-parse would add to a role behind the
 * parser — read only, never written on open — and recording the offer as answered.
 */
import {
  parserVersionSchema,
  parserVersionSetting,
  UNRECORDED_PARSER_VERSION,
  upgradeOfferCount,
  behindParser,
} from '../../../shared/import/parser-upgrade';
import { PARSER_VERSION } from '../../../shared/parser';
import type { ShortlistDb } from './db';
import { previewReparse } from './reparse-repo';
import { getSetting, setSetting } from './settings-repo';

/** The parser version a role's checklist was last made or reviewed with. */
export async function recordedParserVersion(db: ShortlistDb, roleId: string): Promise<number> {
  const key = parserVersionSetting(roleId);
  return getSetting(db, key, parserVersionSchema, UNRECORDED_PARSER_VERSION);
}

/**
 * How many new requirements to offer for a role: 0 when its checklist is up to date with
 * the parser (or the offer was answered for this version), else the number of items a
 * re-parse would add. Reads only: opening a role must never write.
 */
export async function countUpgradeOffer(db: ShortlistDb, roleId: string): Promise<number> {
  const recorded = await recordedParserVersion(db, roleId);
  // Up-to-date roles (nearly all, once answered) skip the parse entirely.
  if (!behindParser(recorded)) return 0;
  return upgradeOfferCount(recorded, await previewReparse(db, roleId));
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
