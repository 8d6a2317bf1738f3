/**
 * The posting parser: `parsePosting(text)` turns any pasted job posting (markdown,
 * plain text with heading lines, prose, or glued list items) into title, company,
 * location, source URL, sections, responsibilities and requirements (from lists under
 * any heading that describes the candidate and from sentences of prose), plus the
 * sentences that may be requirements.
 *
 * Pipeline: normalise the text → read each line's syntax → take the header (title,
 * company, location, URL) → group lines into sections with kinds → collect
 * responsibilities and requirements. Every step is linear in the input size.
 */

import { readHeader, companyFromHeadings } from './metadata';
import { normalizeText } from './normalize';
import { readPlaceAndTeam } from './place-and-team';
import { readLines } from './lines';
import { collectRequirements, collectResponsibilities } from './requirements';
import { buildSections } from './sections';
import type { ParsedPosting } from './types';
import type { JudgeWeights } from './prose-judge';

export type {
  ParsedPosting,
  ParsedRequirement,
  ParsedSection,
  RequirementKind,
  SectionKind,
} from './types';
export { BULLET_MARKERS } from './inline';
export { splitGluedItems } from './glued-items';
export { classifyHeading } from './heading-kinds';
export { splitSentences } from './sentences';

export { PARSER_VERSION } from './version';

/** The result for text with nothing in it. */
function emptyPosting(): ParsedPosting {
  return {
    title: '',
    company: '',
    team: '',
    location: '',
    sourceUrl: '',
    sections: [],
    responsibilities: [],
    requirements: [],
    possibleRequirements: [],
  };
}

/** For the judge's training and evaluation scripts only. */
export interface ParseOptions {
  /** The prose judge's weights (prose-judge.ts), or null to keep the cues' own reading. */
  judge?: JudgeWeights | null;
}

/**
 * Parses a posting and lets any internal error propagate. Used by tests and the corpus
 * run to catch parser bugs that {@link parsePosting} would hide.
 *
 * @param text - The posting as pasted.
 * @returns The parsed posting.
 */
export function parsePostingStrict(text: string, options: ParseOptions = {}): ParsedPosting {
  const lines = readLines(normalizeText(text));
  const header = readHeader(lines);
  const sections = buildSections(lines, header.consumed);
  const { requirements, possibleRequirements } = collectRequirements(sections, options.judge);
  const place = readPlaceAndTeam(lines);
  return {
    title: header.title,
    company: header.company || companyFromHeadings(sections.map((s) => s.heading)),
    team: place.team,
    location: header.location || place.location,
    sourceUrl: header.sourceUrl,
    sections,
    responsibilities: collectResponsibilities(sections),
    requirements,
    possibleRequirements,
  };
}

/**
 * Parses a job posting. Pure and total: it never throws, whatever the input (non-string
 * values from untyped callers, lone surrogates, NUL bytes, megabyte-long lines), and
 * its running time grows linearly with the input.
 *
 * @param text - The posting as pasted (markdown or plain text).
 * @returns Title, company, location and source URL where the text states them (else
 *   `''`), the sections, the responsibilities and the requirements, each `required` or
 *   `preferred`, in the posting's own wording.
 */
export function parsePosting(text: string): ParsedPosting {
  // Untyped callers (IPC, JSON) may pass anything; a parser for pasted text treats
  // anything that is not text as empty text.
  if (typeof text !== 'string') return emptyPosting();
  try {
    return parsePostingStrict(text);
  } catch {
    // Last line of defence for the "never throws" promise; the property tests and the
    // corpus run use parsePostingStrict so a bug here still gets noticed.
    return emptyPosting();
  }
}
