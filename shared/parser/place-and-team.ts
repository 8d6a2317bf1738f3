/**
 * Where the role is and which team it is in, when the posting says so in ways the
 * header reader does not see: a heading that is a label ("### Location: This is a
 * Globally remote role"), a bare line ("Home based - Worldwide"), a list of countries
 * under a "Location" heading, a "Team: …" line, or prose naming "the BootStack team".
 */
import { cleanInline } from './inline';
import type { Line } from './lines';

/** Longest location or team name taken; longer is prose, not a value. */
const MAX_VALUE = 160;
/** Lines longer than this are never labels or bare location lines. */
const MAX_LINE = 300;

const LOCATION_LABEL = /^(?:job |work |primary )?locations?\s*[:：]\s*(\S.*)$/iu;
const LOCATION_HEADING = /^(?:job |work )?locations?\s*[:：]?$/iu;
const HOME_BASED =
  /^(?:home[- ]?based|remote|fully remote|100% remote|work from home)(?:\s*[-–—,|/]\s*[\p{L} ,()/-]{2,60})?$/iu;
const TEAM_LABEL = /^team\s*[:：]\s*(\S.*)$/iu;
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*`;
const TEAM_IN_PROSE = new RegExp(String.raw`\b(?:the|our) (${NAME}(?: ${NAME}){0,3}) team\b`, 'u');
/** Words that start a phrase but name no team ("the Whole team"). */
const NOT_A_TEAM = /^(?:Whole|Entire|Same|Wider|Global|Core|Great|New|Right)\b/u;

/** "This is a Globally remote role." → "Globally remote". */
function tidyPlace(value: string): string {
  const place = value
    .trim()
    .replace(/^(?:this is an?|it is an?|we are an?)\s+/iu, '')
    .replace(/\s+(?:role|position|job|opportunity)?\.?$/iu, '')
    .trim();
  return place.length > MAX_VALUE ? '' : place;
}

/** The items of the list right under line `index` (blank lines allowed), cleaned. */
function listUnder(lines: readonly Line[], index: number): string[] {
  const items: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || (line.kind === 'blank' && items.length === 0)) continue;
    if (line.kind !== 'bullet') break;
    items.push(cleanInline(line.content));
  }
  return items;
}

/** A location from one line, or '' (for a "Location" heading: the list under it). */
function placeFrom(lines: readonly Line[], index: number, text: string, line: Line): string {
  const labelled = LOCATION_LABEL.exec(text);
  if (labelled && line.kind === 'heading') return tidyPlace(labelled[1] ?? '');
  if (LOCATION_HEADING.test(text)) {
    const list = listUnder(lines, index).join(', ');
    return list.length > MAX_VALUE ? '' : list;
  }
  if (line.kind === 'text' && HOME_BASED.test(text)) return text;
  return '';
}

/**
 * Location and team found in the posting's lines; '' for either when it names none.
 * Runs after the header and labelled lines, which win when they have a value.
 *
 * @param lines - The posting's lines from `readLines`.
 */
export function readPlaceAndTeam(lines: readonly Line[]): { location: string; team: string } {
  let location = '';
  let labelTeam = '';
  let proseTeam = '';
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') continue;
    const text = cleanInline(line.content);
    if (line.content.length <= MAX_LINE) {
      location ||= placeFrom(lines, index, text, line);
      const label = TEAM_LABEL.exec(text)?.[1]?.trim() ?? '';
      if (label && label.length <= MAX_VALUE) labelTeam ||= label.replace(/\.$/u, '');
    }
    // Prose names a team in sentences of any length.
    if (proseTeam === '') {
      const named = TEAM_IN_PROSE.exec(text)?.[1] ?? '';
      if (named && !NOT_A_TEAM.test(named)) proseTeam = named;
    }
  }
  return { location, team: labelTeam || proseTeam };
}
