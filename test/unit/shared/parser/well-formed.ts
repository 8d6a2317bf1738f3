import { expect } from 'vitest';
import { BULLET_MARKERS } from '../../../../shared/parser/index';
import type {
  ParsedPosting,
  ParsedRequirement,
  SectionKind,
} from '../../../../shared/parser/index';

const SECTION_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'summary',
  'responsibilities',
  'requirements',
  'nice-to-haves',
  'benefits',
  'about',
  'equal-opportunity',
  'other',
]);

/** Whether a text starts with a list marker (`-`, `*`, `•`, …). */
export function startsWithMarker(text: string): boolean {
  const first = text[0];
  return first !== undefined && BULLET_MARKERS.includes(first);
}

/** What is wrong with an output text, or undefined when it is fine. */
function textProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'not a string';
  if (text.length === 0) return 'empty';
  if (text !== text.trim()) return 'not trimmed';
  if (startsWithMarker(text)) return 'starts with a bullet marker';
  if (text.includes('**')) return 'contains **';
  return undefined;
}

/**
 * Lists what is wrong with a parse result: fields that are not strings, unknown kinds,
 * requirements (and possible ones) without a source, reason or section, possible
 * requirements that are also requirements, and requirement, responsibility, item or
 * paragraph texts that are empty, untrimmed, start with a bullet marker or keep `**`. Checked in plain code and asserted once, so
 * a result with 100,000 items costs milliseconds, not 100,000 `expect` calls.
 */
export function problemsOf(posting: ParsedPosting): string[] {
  const problems: string[] = [];
  const check = (where: string, text: unknown): void => {
    const problem = textProblem(text);
    if (problem !== undefined && problems.length < 10) {
      problems.push(`${where}: ${problem}: ${JSON.stringify(text)}`);
    }
  };
  for (const field of ['title', 'company', 'location', 'sourceUrl'] as const) {
    if (typeof posting[field] !== 'string') problems.push(`${field} is not a string`);
  }
  const texts = new Set(posting.requirements.map((r) => r.text));
  for (const [list, items] of [
    ['requirement', posting.requirements],
    ['possible requirement', posting.possibleRequirements],
  ] as const) {
    for (const requirement of items) {
      // Typed as a union, but checked at run time: the result may cross IPC as JSON.
      const kind: string = requirement.kind;
      if (kind !== 'required' && kind !== 'preferred') {
        problems.push(`unknown requirement kind ${kind}`);
      }
      check(list, requirement.text);
      // Every item says where it came from and why, and points at a real section.
      const source: string | undefined = requirement.source;
      if ((source !== 'list' && source !== 'prose') || !requirement.why) {
        problems.push(`${list} without source or reason: ${requirement.text}`);
      }
      if (posting.sections[requirement.sectionIndex ?? -1] === undefined) {
        problems.push(`${list} with no section: ${requirement.text}`);
      }
      if (list === 'possible requirement' && texts.has(requirement.text)) {
        problems.push(`possible requirement also a requirement: ${requirement.text}`);
      }
    }
  }
  for (const responsibility of posting.responsibilities) check('responsibility', responsibility);
  for (const section of posting.sections) {
    if (!SECTION_KINDS.has(section.kind)) problems.push(`unknown section kind ${section.kind}`);
    if (typeof section.heading !== 'string') problems.push('heading is not a string');
    for (const item of section.items) check('item', item);
    for (const paragraph of section.paragraphs) {
      if (typeof paragraph !== 'string' || paragraph === '' || paragraph !== paragraph.trim()) {
        problems.push(`bad paragraph ${JSON.stringify(paragraph)}`);
      }
    }
  }
  return problems;
}

/** Asserts that a parse result is well formed (see {@link problemsOf}). */
export function expectWellFormed(posting: ParsedPosting): void {
  expect(problemsOf(posting)).toEqual([]);
}

/** Requirements as text and kind only, to compare two parses whose sections differ. */
export function textAndKind(
  requirements: readonly ParsedRequirement[],
): { text: string; kind: ParsedRequirement['kind'] }[] {
  return requirements.map(({ text, kind }) => ({ text, kind }));
}
