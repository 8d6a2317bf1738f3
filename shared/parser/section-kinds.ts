/**
 * Section kinds beyond the heading's own wording: what an unknown heading inherits from
 * the section before it, and what a section's content says when its heading misled.
 */

import { isKnownOtherHeading } from './heading-kinds';
import { countWords } from './heading-lines';
import { looksLikeBenefit } from './sentences';
import type { ParsedSection, SectionKind } from './types';

/** Sections whose short lines are items, whatever their sentences. */
export const REQUIREMENT_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
]);
/** Fewest lines, and longest line, of a block read as one requirement per line. */
export const MIN_REQUIREMENT_LINES = 3;
export const MAX_REQUIREMENT_LINE = 400;
/** Section kinds whose content is a list. */
export const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'responsibilities',
  'benefits',
]);

/** Bold and plain-text headings sit below every markdown `#` level. */
export const PSEUDO_HEADING_LEVEL = 7;

/** A sibling "Label:" this short is a category within a list ("Health:", "Financial:"). */
const MAX_CATEGORY_WORDS = 3;

/** Kinds whose lists are often split under category labels. */
const LIST_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'benefits',
]);

/** Kinds an unknown heading may inherit from the section before it. */
const INHERITED: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'responsibilities',
  'benefits',
  'about',
  'equal-opportunity',
]);

/** A new heading as `inheritKind` sees it. */
export interface NewHeading {
  text: string;
  /** The kind its own wording gives. */
  kind: SectionKind;
  /** Markdown level 1–6, or PSEUDO_HEADING_LEVEL for bold and plain-text headings. */
  level: number;
  /** Whether it ended in a colon ("Health:"). */
  isLabel: boolean;
}

/** The section before a new heading, with its level. */
export interface PreviousSection {
  section: ParsedSection;
  level: number;
}

/**
 * The kind of a new section. An unknown heading continues what came just before it when
 * that was an empty heading ("### Qualifications" then "**Votre profil**"; "**Benefits**"
 * then "Health:"), and a short "Label:" continues a list of labelled groups ("Health:"
 * then "Financial:"). Otherwise an unknown heading is a new topic ("Additional
 * Information" after the requirements) and stays `other`.
 *
 * @param heading - The new heading.
 * @param before - The section before it, if any.
 * @returns The kind to give the new section.
 */
export function inheritKind(heading: NewHeading, before: PreviousSection | undefined): SectionKind {
  if (heading.kind !== 'other' || before === undefined) return heading.kind;
  if (!INHERITED.has(before.section.kind) || isKnownOtherHeading(heading.text)) return 'other';
  const empty = before.section.paragraphs.length === 0 && before.section.items.length === 0;
  const sibling =
    heading.isLabel &&
    before.level === PSEUDO_HEADING_LEVEL &&
    heading.level === PSEUDO_HEADING_LEVEL &&
    countWords(heading.text) <= MAX_CATEGORY_WORDS &&
    LIST_KINDS.has(before.section.kind);
  return empty || sibling ? before.section.kind : 'other';
}

/** Share of a list's items that must read as requirements for an unknown list to count. */
const REQUIREMENT_LIST_SHARE = 0.6;
/** Fewest items for a list under an unknown heading to be judged by its items. */
const MIN_JUDGED_ITEMS = 2;

/** How a list item that asks something of the candidate usually starts. */
const REQUIREMENT_ITEM =
  /^(?:\d+\+?\s*(?:\+\s*)?(?:years?|yrs)|(?:[\w-]+ ){0,3}(?:experience|knowledge|proficiency|familiarity|understanding|expertise|skills?|background|degree|fluency|certification)\b|(?:strong|solid|excellent|proven|deep|good|great|demonstrated|working|hands-on|extensive|exceptional|outstanding|advanced|previous|prior|professional|relevant|practical|familiar|fluent|proficient|comfortable|passionate|experienced|skilled|knowledgeable|self-\w+|detail-oriented|bachelor|master(?:['’]?s| of| degree)|phd|bs|ms|ba|must|should|willing(?:ness)?)\b|(?:ability|able) to\b|you(?:['’]?re| are| have| bring| know| love| enjoy| can)\b|an? (?:strong|solid|proven|passion|track|degree|bachelor|love|desire|keen|deep|good|great)\b)/i;

/**
 * Whether a list reads as a list of requirements by its items ("5+ years of…", "Strong
 * knowledge of…", "You have…"), whatever heading it sits under.
 *
 * @param items - The list's items.
 * @returns True when most items ask something of the candidate.
 */
export function readsAsRequirements(items: readonly string[]): boolean {
  const judged = items.filter((item) => !/[:：]$/.test(item));
  if (judged.length < MIN_JUDGED_ITEMS) return false;
  const asks = judged.filter((item) => REQUIREMENT_ITEM.test(item)).length;
  return asks >= judged.length * REQUIREMENT_LIST_SHARE;
}

/** Kinds whose lists are checked for being benefits in disguise. */
const REFINED: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'requirements',
  'nice-to-haves',
  'summary',
  'other',
]);

/**
 * Reclassifies a section by its content when its heading misled or said nothing: a list
 * that is mostly perks ("Medical/Dental/Vision", "Paid Parental Leave") is benefits
 * whatever it is under, and a list under an unknown heading ("The successful candidate
 * will have:") or none whose items read as requirements is requirements.
 *
 * @param section - A finished section.
 * @returns The same section, or a copy with kind `benefits` or `requirements`.
 */
export function refineSectionKind(section: ParsedSection): ParsedSection {
  if (!REFINED.has(section.kind) || section.items.length < 2) return section;
  const benefits = section.items.filter(looksLikeBenefit).length;
  if (benefits * 2 >= section.items.length) return { ...section, kind: 'benefits' };
  const unknown = section.kind === 'other' || section.kind === 'summary';
  return unknown && readsAsRequirements(section.items)
    ? { ...section, kind: 'requirements' }
    : section;
}
