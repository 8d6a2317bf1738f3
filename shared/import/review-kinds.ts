/**
 * What each section of a posting is, as the review step offers it to change: the
 * parser's kinds folded into Requirements, Preferred, Responsibilities and Other.
 */
import { assertNever } from '../assert-never';
import type { ParsedRequirement, ParsedSection, SectionKind } from '../parser';

/** What the applicant can make of a section. */
export type SectionChoice = 'requirements' | 'preferred' | 'responsibilities' | 'other';

/** The choices in the order the review step offers them, with their labels. */
export const SECTION_CHOICES: readonly { value: SectionChoice; label: string }[] = [
  { value: 'requirements', label: 'Requirements' },
  { value: 'preferred', label: 'Preferred' },
  { value: 'responsibilities', label: 'Responsibilities' },
  { value: 'other', label: 'Other' },
];

/** The choice a section of this kind shows: summary, about, benefits… are all Other. */
export function sectionChoice(kind: SectionKind): SectionChoice {
  switch (kind) {
    case 'requirements':
      return 'requirements';
    case 'nice-to-haves':
      return 'preferred';
    case 'responsibilities':
      return 'responsibilities';
    case 'summary':
    case 'about':
    case 'benefits':
    case 'equal-opportunity':
    case 'other':
      return 'other';
    default:
      return assertNever(kind, 'section kind');
  }
}

/** The section kind each choice saves. */
export const KIND_OF_CHOICE: Record<SectionChoice, SectionKind> = {
  requirements: 'requirements',
  preferred: 'nice-to-haves',
  responsibilities: 'responsibilities',
  other: 'other',
};

/**
 * The parser's sections, with a section whose list items the parser took as checklist
 * items (most of them, by `sectionIndex`) shown as Requirements or Preferred — whichever
 * most of those items are — when its heading gave another kind: the applicant sees the
 * section as the parser used it, and switching it away takes those items off.
 */
export function sectionsAsTaken(
  sections: readonly ParsedSection[],
  requirements: readonly ParsedRequirement[],
): ParsedSection[] {
  return sections.map((section, index) => {
    const choice = sectionChoice(section.kind);
    if (choice === 'requirements' || choice === 'preferred' || section.items.length === 0) {
      return section;
    }
    const taken = requirements.filter(
      (item) => item.sectionIndex === index && item.source !== 'prose',
    );
    if (taken.length * 2 <= section.items.length) return section;
    const required = taken.filter((item) => item.kind === 'required').length;
    const kind = required * 2 >= taken.length ? 'requirements' : 'nice-to-haves';
    return { ...section, kind };
  });
}
