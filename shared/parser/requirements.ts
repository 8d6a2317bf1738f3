/**
 * Requirements and responsibilities from the sections. Every requirement, wherever it is
 * written, is collected: the items of requirement and nice-to-have lists, lists under
 * headings of no known kind whose items read as requirements, and sentences of prose
 * that ask something of the candidate (prose-requirements.ts). Each item records its
 * source, why it was taken and its section; sentences the parser is unsure of are
 * returned apart, as possible requirements.
 */

import { readEligibility } from './eligibility-cues';
import { findProseRequirements, proseItem, sentencesIn } from './prose-requirements';
import { applySecondOpinion, PROSE_JUDGE_WEIGHTS, type JudgeWeights } from './prose-judge';
import { isDisclaimer, isNotAnAsk } from './not-an-ask';
import { readProseSentence } from './requirement-cues';
import { isBoilerplate, isPerkOrPolicy, kindByWording, statesRequirement } from './sentences';
import type { ParsedRequirement, ParsedSection, RequirementKind } from './types';

/**
 * Whether an item is a label for the items after it ("Technical:"), not an item itself.
 * Labels with their sub-items merged in ("Languages: Go; Rust") do not end in a colon.
 */
function isLabel(text: string): boolean {
  return /[:：]$/.test(text);
}

/** A one-sentence paragraph this short, under a requirements heading, is an item. */
const MAX_ITEM_PARAGRAPH = 200;
/** Lines a page leaves among the items that speak to the reader, not of the candidate. */
const NOT_AN_ITEM =
  /^(?:learn more|find out more|read more|check out|visit|click|see (?:more|our)|follow us)\b|^(?:why not|ready to|want to|interested|are you ready|who|what|where|when|why|how)\b.*\?$|\ball-inclusive\b|\bnot intended to be\b|[\w.+-]{1,64}@[\w-]{1,63}\.\w|\bhttps?:|\bwww\.|\b\d{3}[.-]\d{3}[.-]\d{4}\b/i;

/**
 * A sentence about the employer ("We have a global presence…", "Veeva’s headquarters
 * is…", "ETEAM is a seasoned digital product agency…"), which plain text can leave
 * among the items. One that also speaks of the candidate is kept.
 */
const ABOUT_EMPLOYER =
  /^(?:[Ww]e(?:['’]?re| are| have| offer| value| invest| believe| were| raised| build| work| interview| hire| strive| aim)\b|(?:[Aa]t [\p{Lu}][\p{L}\p{N}&.-]*, we)\b|[Pp]lease note\b|(?:[Rr]ead|[Ll]earn more|[Bb]e a part of|[Jj]oin us)\b|[\p{Lu}][\p{L}\p{N}&.-]* (?:provides|offers|is committed|strives|wants)\b|[Oo]ur (?!ideal|successful|right|perfect|next|new hire)\w+|(?:[Dd]iversity|[Ii]nclusion)\b|[\p{Lu}][\p{L}\p{N}&.-]*?['’]?s (?:headquarters|offices?|mission|team members|customers|clients|investors)\b|[\p{Lu}][\p{L}\p{N}&.-]* (?:is|was) (?:an?|the) [^.]{0,60}\b(?:company|platform|agency|startup|leader|provider|firm|organi[sz]ation|business|marketplace)\b|[\p{Lu}][\p{L}\p{N}&.-]* is backed by\b)/u;
const OF_THE_CANDIDATE =
  /\byou|\bcandidate|\bapplicant|experience|skill|knowledge|degree|abilit|proficien|familiar|\byears?\b|understanding|background|expertise|must|required|\bvous\b|expérience|formation|diplôme|compétenc|maîtrise|erfahrung|kenntnis|experiencia|conocimiento/i;

/** A remark on what came before ("This may differ in other locations…", "It comes in many forms."). */
const REMARK =
  /^(?:it|this|that|these|they) (?:is|are|comes|was|were|means|may|might|will|can|could)\b/i;
/** Equal-opportunity, accommodation and privacy words, which no requirement item uses. */
const EEO_WORDS =
  /\b(?:race|religion|sexual orientation|ethnicity|gender identity|veteran status|national origin|disabilit(?:y|ies)|accommodations?|personal (?:data|information)|privacy (?:policy|notice)|salar(?:y|ies)|accommodat\w*|accessibility (?:needs|practices)|orientations)\b/i;
/** A line that only names a place of work ("Remote USA") or repeats a heading. */
const BARE_LINE =
  /^(?:(?:#?LI-[\p{L}\p{N}_-]+\s*)+|remote\s*[-–,:/]?\s*[\p{L} ]{2,20}|qualifications|requirements|responsibilities|skills|about (?:you|us))$/iu;

function isAboutEmployer(text: string): boolean {
  if (EEO_WORDS.test(text) || BARE_LINE.test(text)) return true;
  // "We're looking for someone who…" speaks of the candidate, though it starts with "we".
  return (
    (ABOUT_EMPLOYER.test(text) || REMARK.test(text)) &&
    !OF_THE_CANDIDATE.test(text) &&
    readProseSentence(text) === undefined
  );
}

/** Whether a list item is no requirement whatever list it is in. */
function isNoRequirement(text: string): boolean {
  return (
    isLabel(text) ||
    isPerkOrPolicy(text) ||
    isDisclaimer(text) ||
    NOT_AN_ITEM.test(text) ||
    isAboutEmployer(text)
  );
}

/**
 * The items that may be requirements: items that are no requirement are dropped, except
 * that such an item of several sentences (plain text glues "…unable to sponsor visas. We
 * are an equal opportunity employer.") gives its other sentences.
 */
function withoutBoilerplateSentences(items: readonly string[]): string[] {
  const result: string[] = [];
  for (const item of items) {
    if (!isNoRequirement(item)) {
      result.push(item);
      continue;
    }
    // Sentences are only looked for in items that would be dropped whole.
    const sentences = sentencesIn(item);
    if (sentences.length < 2) continue;
    for (const sentence of sentences) if (!isNoRequirement(sentence)) result.push(sentence);
  }
  return result;
}

/** Where an item of a section was found, for `why`. */
function underHeading(section: ParsedSection): string {
  return section.heading === '' ? 'in the list at the top' : `under “${section.heading}”`;
}

/** What one section contributes. */
interface SectionFindings {
  requirements: ParsedRequirement[];
  possible: ParsedRequirement[];
  /** Whether its paragraphs were read here (so prose reading skips them). */
  readParagraphs: boolean;
}

/** Requirements listed in a requirements or nice-to-have section. */
function listedRequirements(section: ParsedSection, index: number): SectionFindings {
  const fallback: RequirementKind = section.kind === 'nice-to-haves' ? 'preferred' : 'required';
  // Who may work where is a condition even in a nice-to-have list.
  const kindOf = (text: string): RequirementKind => {
    if (readEligibility(text)?.kind === 'required') return 'required';
    return fallback === 'preferred' ? 'preferred' : kindByWording(text, fallback);
  };
  const why = underHeading(section);
  if (section.items.length > 0) {
    const requirements = withoutBoilerplateSentences(section.items).map(
      (text): ParsedRequirement => ({
        text,
        kind: kindOf(text),
        source: 'list',
        why,
        sectionIndex: index,
      }),
    );
    return { requirements, possible: [], readParagraphs: false };
  }
  // No list: one-sentence paragraphs are items laid out as paragraphs; in longer prose
  // only sentences that word a requirement count, so a company blurb that landed under
  // a requirements heading does not become a checklist.
  const requirements: ParsedRequirement[] = [];
  const possible: ParsedRequirement[] = [];
  for (const paragraph of section.paragraphs) {
    const sentences = sentencesIn(paragraph);
    const itemLike = sentences.length === 1 && paragraph.length <= MAX_ITEM_PARAGRAPH;
    for (const text of sentences) {
      if (isBoilerplate(text) || isNoRequirement(text) || isNotAnAsk(text)) continue;
      const read = proseItem(text, section, index);
      const item: ParsedRequirement = {
        text,
        kind: kindOf(text),
        source: 'prose',
        why,
        sectionIndex: index,
      };
      if (read?.sure === true) requirements.push(read.item);
      else if (
        statesRequirement(text) &&
        (itemLike || OF_THE_CANDIDATE.test(text)) &&
        !text.endsWith('?')
      )
        requirements.push(item);
      else if (read !== undefined) possible.push(item);
    }
  }
  return { requirements, possible, readParagraphs: true };
}

/**
 * Items of a list under a heading of no known kind, or with no heading, whose items do
 * not read as requirements (those lists are requirement sections: section-kinds.ts).
 */
function unknownListRequirements(section: ParsedSection, index: number): SectionFindings {
  const found: SectionFindings = { requirements: [], possible: [], readParagraphs: false };
  const duties = section.kind === 'responsibilities';
  const perks = section.kind === 'benefits';
  // Plain text turns an "About" section's paragraphs into lines: read them as prose.
  const about = section.kind === 'about';
  const kinds = ['other', 'summary'];
  if (!kinds.includes(section.kind) && !duties && !perks && !about) return found;
  const items = section.items.filter((text) => !isNoRequirement(text));
  // A list of something else: only items that word an ask themselves ("Must be based in
  // the EU") are taken, and items with weaker wording are offered.
  for (const text of items) {
    // Plain lines of prose land here as items: each sentence is read on its own.
    const sentences = sentencesIn(text);
    // A short single line is a list item about the company; a long one is a paragraph.
    if (about && sentences.length < 2 && text.length < 80) continue;
    for (const sentence of sentences.length > 1 ? sentences : [text]) {
      const read = proseItem(sentence, section, index);
      // Among duties, only an item that is itself plainly an ask counts ("You are
      // comfortable in a fast-paced environment" where a page lost its heading).
      // Among perks, only a plain ask ("Visa sponsorship is not available").
      const paragraph = sentences.length >= 3;
      const weak = (perks || (about && !paragraph)) && !read?.plain;
      if (read === undefined || (duties && !read.sure) || weak || (about && !read.sure)) continue;
      const item: ParsedRequirement = { ...read.item, source: 'list' };
      (read.sure ? found.requirements : found.possible).push(item);
    }
  }
  return found;
}

/** Requirements and possible requirements of a posting. */
export interface CollectedRequirements {
  requirements: ParsedRequirement[];
  possibleRequirements: ParsedRequirement[];
}

/**
 * Collects the posting's requirements in document order, without duplicates, and the
 * sentences that may be requirements (never also in `requirements`).
 *
 * @param sections - Sections from `buildSections`.
 * @returns Each requirement with its kind, source, reason and section; benefits, company
 *   and equal-opportunity sections never contribute.
 */
export function collectRequirements(
  sections: readonly ParsedSection[],
  judge: JudgeWeights | null = PROSE_JUDGE_WEIGHTS,
): CollectedRequirements {
  const perSection: ParsedRequirement[][] = sections.map(() => []);
  const possible: ParsedRequirement[] = [];
  const readParagraphs = new Set<number>();
  sections.forEach((section, index) => {
    const listed =
      section.kind === 'requirements' || section.kind === 'nice-to-haves'
        ? listedRequirements(section, index)
        : unknownListRequirements(section, index);
    if (listed.readParagraphs) readParagraphs.add(index);
    // Loops, not push(...list): spreading 100,000 items as arguments overflows the stack.
    for (const item of listed.requirements) perSection[index]?.push(item);
    for (const item of listed.possible) possible.push(item);
  });
  const prose = findProseRequirements(sections, readParagraphs);
  for (const item of prose.requirements) perSection[item.sectionIndex ?? 0]?.push(item);
  for (const item of prose.possible) possible.push(item);
  if (judge !== null) applySecondOpinion(sections, perSection, possible, judge);
  const seen = new Set<string>();
  const requirements: ParsedRequirement[] = [];
  for (const list of perSection) {
    // Within a section, prose and list items keep the order they were found in.
    for (const requirement of list) {
      if (seen.has(requirement.text)) continue;
      seen.add(requirement.text);
      requirements.push(requirement);
    }
  }
  const possibleRequirements: ParsedRequirement[] = [];
  for (const item of possible) {
    if (seen.has(item.text)) continue;
    seen.add(item.text);
    possibleRequirements.push(item);
  }
  return { requirements, possibleRequirements };
}

/**
 * Collects the responsibilities: items of responsibility sections, or their sentences
 * when a section has prose only.
 *
 * @param sections - Sections from `buildSections`.
 * @returns Responsibility texts in document order, without duplicates.
 */
export function collectResponsibilities(sections: readonly ParsedSection[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const section of sections) {
    if (section.kind !== 'responsibilities') continue;
    const texts =
      section.items.length > 0
        ? section.items
        : section.paragraphs.flatMap((paragraph) => sentencesIn(paragraph));
    for (const text of texts) {
      if (isLabel(text)) continue;
      if (seen.has(text)) continue;
      seen.add(text);
      result.push(text);
    }
  }
  return result;
}
