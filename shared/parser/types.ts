/** Whether a requirement must be met, or is a plus. */
export type RequirementKind = 'required' | 'preferred';

/**
 * One requirement item, in the posting's own wording (no bullet markers, no markdown).
 * `parsePosting` always sets `source`, `why` and `sectionIndex`; they are optional only so
 * that items made elsewhere (tests, stored checklists) need not invent them.
 */
export interface ParsedRequirement {
  text: string;
  kind: RequirementKind;
  /** Whether the item was a list item or a sentence found in prose. */
  source?: 'list' | 'prose';
  /** Why it was taken, for the applicant: the heading it sat under or the cue words. */
  why?: string;
  /** Index in {@link ParsedPosting.sections} of the section it came from. */
  sectionIndex?: number;
}

/** What a section of a posting is about, judged from its heading and content. */
export type SectionKind =
  | 'summary'
  | 'responsibilities'
  | 'requirements'
  | 'nice-to-haves'
  | 'benefits'
  | 'about'
  | 'equal-opportunity'
  | 'other';

/** A section of the posting: its heading (empty for text before the first heading) and content. */
export interface ParsedSection {
  heading: string;
  kind: SectionKind;
  /** Paragraphs of prose, cleaned of markdown. */
  paragraphs: string[];
  /** List items, cleaned of bullet markers and markdown, glued items split. */
  items: string[];
}

/** The result of `parsePosting`: every field may be empty when the text lacks it. */
export interface ParsedPosting {
  title: string;
  company: string;
  /** The team, when the posting names it ("Team: …", "the BootStack team"). */
  team: string;
  location: string;
  sourceUrl: string;
  sections: ParsedSection[];
  responsibilities: string[];
  requirements: ParsedRequirement[];
  /**
   * Sentences that may be requirements but fell short of the parser's bar; not in
   * `requirements`. The review step offers them for a one-click add.
   */
  possibleRequirements: ParsedRequirement[];
}
