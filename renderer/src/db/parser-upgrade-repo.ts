/**
 * The one-time "N new requirements found" offer on the role screen (see
 * shared/import/parser-upgrade): how many items a re-parse would add to a role behind the
 * parser — read only, never written on open. Recording it as answered is in
 * parser-version-repo (re-exported here).
 */
import { behindParser, upgradeOfferCount } from '../../../shared/import/parser-upgrade';
import type { ShortlistDb } from './db';
import { recordedParserVersion } from './parser-version-repo';
import { previewReparse } from './reparse-repo';

export { recordedParserVersion, recordParserVersion } from './parser-version-repo';

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
