/**
 * The one-time "N new requirements found" offer after the parser improved: a role whose
 * checklist came from an older parser (or whose offer was never answered) is offered
 * the items a re-parse would add, through the re-parse review, once per parser version.
 */
import { z } from 'zod';
// Only the version and a type: the app reads these without loading the parser.
import { PARSER_VERSION } from '../parser/version';
import type { ReparsePlan } from './reparse';

export { parserVersionSetting } from './parser-version-setting';

/** A stored parser version. */
export const parserVersionSchema = z.number().int().min(1);

/** The version of a role with no setting: the parser before versions were recorded. */
export const UNRECORDED_PARSER_VERSION = 1;

/** Whether a role last handled with parser version `recorded` is behind the parser. */
export function behindParser(recorded: number, current: number = PARSER_VERSION): boolean {
  return recorded < current;
}

/**
 * How many new requirements to offer: the items a re-parse would add, for a role behind
 * the parser; 0 for a role that is up to date or has no posting (`plan` undefined).
 */
export function upgradeOfferCount(
  recorded: number,
  plan: ReparsePlan | undefined,
  current: number = PARSER_VERSION,
): number {
  if (!behindParser(recorded, current) || plan === undefined) return 0;
  // What summarizePlan(plan).new counts, without loading the re-parse code for it.
  return plan.rows.filter((row) => row.status === 'new').length;
}

/** The offer's headline: "1 new requirement found", "3 new requirements found". */
export function upgradeOfferTitle(count: number): string {
  return `${String(count)} new ${count === 1 ? 'requirement' : 'requirements'} found`;
}
