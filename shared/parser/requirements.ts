/**
 * Requirements and responsibilities from the sections. Lists under requirement headings
 * come first in trust; prose is searched for requirement sentences only when no list
 * yields a required item, so a posting like seed 003 (all prose) still gets its "must"
 * sentences while a listed posting is not padded with sentences from its introduction.
 */

import { cleanItem } from './inline';
import {
  isBoilerplate,
  isPerkOrPolicy,
  kindByWording,
  requirementInSentence,
  splitSentences,
  statesRequirement,
} from './sentences';
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

/** Sentences of a paragraph that are not lead-ins ("…you will:"), cleaned as items. */
function sentencesIn(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const text = cleanItem(sentence);
    if (text !== '' && !/[:：]$/.test(text)) sentences.push(text);
  }
  return sentences;
}

/** Sentences of all of a section's paragraphs (see {@link sentencesIn}). */
function sentencesOf(section: ParsedSection): string[] {
  const sentences: string[] = [];
  for (const paragraph of section.paragraphs) {
    for (const sentence of sentencesIn(paragraph)) sentences.push(sentence);
  }
  return sentences;
}

/** Requirements listed in a requirements or nice-to-have section. */
function listedRequirements(section: ParsedSection): ParsedRequirement[] {
  if (section.kind !== 'requirements' && section.kind !== 'nice-to-haves') return [];
  const fallback: RequirementKind = section.kind === 'nice-to-haves' ? 'preferred' : 'required';
  const kindOf = (text: string): RequirementKind =>
    fallback === 'preferred' ? 'preferred' : kindByWording(text, fallback);
  if (section.items.length > 0) {
    return section.items
      .filter((text) => !isLabel(text) && !isPerkOrPolicy(text))
      .map((text) => ({ text, kind: kindOf(text) }));
  }
  // No list: one-sentence paragraphs are items laid out as paragraphs; in longer prose
  // only sentences that word a requirement count, so a company blurb that landed under
  // a requirements heading does not become a checklist.
  const found: ParsedRequirement[] = [];
  for (const paragraph of section.paragraphs) {
    const sentences = sentencesIn(paragraph);
    const itemLike = sentences.length === 1 && paragraph.length <= MAX_ITEM_PARAGRAPH;
    for (const text of sentences) {
      if (isBoilerplate(text) || isPerkOrPolicy(text)) continue;
      if (itemLike || statesRequirement(text)) found.push({ text, kind: kindOf(text) });
    }
  }
  return found;
}

/** Requirement sentences found in the prose (and loose items) of a summary-like section. */
function requirementsInProse(section: ParsedSection): ParsedRequirement[] {
  if (section.kind !== 'summary' && section.kind !== 'other') return [];
  const found: ParsedRequirement[] = [];
  const texts = sentencesOf(section);
  for (const item of section.items) for (const sentence of sentencesIn(item)) texts.push(sentence);
  for (const text of texts) {
    const kind = isPerkOrPolicy(text) ? undefined : requirementInSentence(text);
    if (kind !== undefined) found.push({ text, kind });
  }
  return found;
}

/**
 * Collects the posting's requirements in document order, without duplicates.
 *
 * @param sections - Sections from `buildSections`.
 * @returns Each requirement with its kind; benefits, company and equal-opportunity
 *   sections never contribute.
 */
export function collectRequirements(sections: readonly ParsedSection[]): ParsedRequirement[] {
  const perSection = sections.map(listedRequirements);
  const hasRequired = perSection.some((list) => list.some((r) => r.kind === 'required'));
  if (!hasRequired) {
    sections.forEach((section, i) => {
      // A loop, not push(...list): spreading 100,000 items as arguments overflows the stack.
      for (const requirement of requirementsInProse(section)) perSection[i]?.push(requirement);
    });
  }
  const seen = new Set<string>();
  const result: ParsedRequirement[] = [];
  for (const list of perSection) {
    for (const requirement of list) {
      if (seen.has(requirement.text)) continue;
      seen.add(requirement.text);
      result.push(requirement);
    }
  }
  return result;
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
    const texts = section.items.length > 0 ? section.items : sentencesOf(section);
    for (const text of texts) {
      if (isLabel(text)) continue;
      if (seen.has(text)) continue;
      seen.add(text);
      result.push(text);
    }
  }
  return result;
}
