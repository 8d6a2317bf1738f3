/**
 * Requirements written in prose, in any section that may describe the candidate: each
 * paragraph sentence is read on its own (requirement-cues.ts), trimmed of framing, and
 * taken, offered as "possibly a requirement", or left alone. Benefits and
 * equal-opportunity sections are never read.
 */

import { stripLeadingMarkers } from './inline';
import { readProseSentence, trimFraming } from './requirement-cues';
import { splitSentences } from './sentences';
import type { ParsedRequirement, ParsedSection, RequirementKind, SectionKind } from './types';

/**
 * Sections whose paragraphs are never read for requirements. Company sections are read:
 * "We look for people who…" often stands in "Who we are".
 */
const SKIPPED: ReadonlySet<SectionKind> = new Set<SectionKind>(['equal-opportunity']);
/**
 * Sections read only for plain asks ("Visa sponsorship is not available", "The ideal
 * candidate should have…", "we are looking for engineers with…"): pages put these in pay
 * notes and "What we offer" too, where softer wording ("You will have access to…") is
 * about perks.
 */
const PLAIN_ONLY: ReadonlySet<SectionKind> = new Set<SectionKind>(['benefits']);

/** Requirements and possible requirements found in a posting's prose. */
export interface ProseFindings {
  requirements: ParsedRequirement[];
  possible: ParsedRequirement[];
}

/**
 * The cleaned sentences of a paragraph, lead-ins ending in a colon left out.
 *
 * @param paragraph - A paragraph of a section.
 * @returns Its sentences as shown to the applicant.
 */
export function sentencesIn(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(paragraph)) {
    // Paragraphs and items are already clean of markdown; only stray markers remain.
    const text = stripLeadingMarkers(sentence).trim();
    if (text !== '' && !/[:：]$/.test(text)) sentences.push(text);
  }
  return sentences;
}

/**
 * Reads one sentence of a section's prose.
 *
 * @param sentence - A cleaned sentence.
 * @param section - Its section (a nice-to-have section makes its asks preferred).
 * @param sectionIndex - The section's index in the posting.
 * @returns The item with `sure` telling whether to take it or only offer it.
 */
export function proseItem(
  sentence: string,
  section: ParsedSection,
  sectionIndex: number,
): { item: ParsedRequirement; sure: boolean; plain: boolean } | undefined {
  const text = trimFraming(sentence);
  const reading = readProseSentence(text);
  if (reading === undefined) return undefined;
  let kind: RequirementKind = reading.kind;
  // The sentence's own words decide first ("must", "is a plus"), then its heading.
  if (section.kind === 'nice-to-haves' && !reading.hard) kind = 'preferred';
  return {
    item: { text, kind, source: 'prose', why: reading.why, sectionIndex },
    sure: reading.sure,
    plain: reading.plain,
  };
}

/**
 * Finds the requirement sentences in the paragraphs of every section that may describe
 * the candidate.
 *
 * @param sections - The posting's sections.
 * @param skip - Indexes of sections whose paragraphs were already read as items.
 * @returns Sure requirements and possible ones, in document order.
 */
export function findProseRequirements(
  sections: readonly ParsedSection[],
  skip: ReadonlySet<number>,
): ProseFindings {
  const findings: ProseFindings = { requirements: [], possible: [] };
  sections.forEach((section, index) => {
    if (SKIPPED.has(section.kind) || skip.has(index)) return;
    for (const paragraph of section.paragraphs) {
      for (const sentence of sentencesIn(paragraph)) {
        const found = proseItem(sentence, section, index);
        if (found === undefined || (PLAIN_ONLY.has(section.kind) && !found.plain)) continue;
        (found.sure ? findings.requirements : findings.possible).push(found.item);
      }
    }
  });
  return findings;
}
