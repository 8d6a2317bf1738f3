/**
 * How the true requirement items are labelled, without the parser under test:
 *
 * 1. The posting is read with the evaluation's own line reader (`blocks.ts`).
 * 2. Each heading (a `#` line or a line that is entirely bold) is normalised (lower case,
 *    apostrophes removed, punctuation as spaces) and looked up in two CLOSED lists of
 *    whole headings: {@link REQUIRED_HEADINGS} ("requirements", "what you ll bring"…)
 *    and {@link PREFERRED_HEADINGS} ("nice to have", "bonus points"…), each extended
 *    with hand-read unusual headings ("You're probably a match if", "Extra brownie points
 *    if you"; unusual-headings.ts). Only an exact match counts, so the truth does not
 *    depend on the parser's phrase rules.
 * 3. The items of such a section are its bullets, reduced to their visible text; their
 *    kind is the heading's kind.
 * 4. A posting is kept only when its labels are beyond doubt (see {@link labelPosting}):
 *    it is in English (the heading lists are English; see {@link isEnglish});
 *    every labelled section is a flat bulleted list with nothing else in it; no other
 *    heading uses requirement-like words ("skills", "a great fit", "tech stack"…) that would
 *    make its bullets arguably requirements; no item in a required section states that it
 *    is optional ("is a plus"), which would make its kind a matter of opinion; no item
 *    is a label for sub-items (ends in a colon); and no item is already two items glued
 *    together in the original ("…creation.Strong analytical…").
 */

import { bodyEnd, bodyStart, readBlocks } from './blocks';
import { UNUSUAL_PREFERRED_HEADINGS, UNUSUAL_REQUIRED_HEADINGS } from './unusual-headings';

/** Whether a requirement must be met or is a plus (the parser's RequirementKind). */
export type Kind = 'required' | 'preferred';

/** One true requirement item. */
export interface TrueItem {
  text: string;
  kind: Kind;
}

/** Whole headings, normalised, that introduce required items. */
export const REQUIRED_HEADINGS: ReadonlySet<string> = new Set([
  'requirements',
  'requirement',
  'job requirements',
  'key requirements',
  'minimum requirements',
  'basic requirements',
  'general requirements',
  'technical requirements',
  'qualifications',
  'minimum qualifications',
  'basic qualifications',
  'required qualifications',
  'key qualifications',
  'requirements and qualifications',
  'qualifications and requirements',
  'qualifications and skills',
  'skills and qualifications',
  'skills and experience',
  'experience and skills',
  'required skills',
  'required experience',
  'required skills and experience',
  'must have',
  'must haves',
  'what you need',
  'what you ll need',
  'what youll need',
  'what you will need',
  'what you ll bring',
  'what youll bring',
  'what you will bring',
  'what you bring',
  'who you are',
  'about you',
  'what we re looking for',
  'what we are looking for',
  'what were looking for',
  'what we look for',
  'what we are looking for in you',
  'who we re looking for',
  'who we are looking for',
  'you have',
  'you should have',
  'your profile',
  'your skills',
  'ideal candidate',
  'the ideal candidate',
  'your qualifications',
  'what we expect',
  'what you should have',
  'what we need',
  ...UNUSUAL_REQUIRED_HEADINGS,
]);

/** Whole headings, normalised, that introduce preferred items. */
export const PREFERRED_HEADINGS: ReadonlySet<string> = new Set([
  'nice to have',
  'nice to haves',
  'nice to have skills',
  'good to have',
  'preferred qualifications',
  'preferred skills',
  'preferred experience',
  'preferred requirements',
  'desired skills',
  'desired qualifications',
  'bonus points',
  'bonus points if you have',
  'bonus skills',
  'pluses',
  'additional skills that you might also bring',
  'nice to have but not required',
  'nice to haves but not required',
  'what would make you stand out',
  'it would be great if you have',
  ...UNUSUAL_PREFERRED_HEADINGS,
]);

/** Words that make an unlisted heading a possible requirements heading (ambiguous). */
const REQUIREMENT_LIKE =
  /requir|qualif|skill|experience|expertise|looking for|you ?(ll |will )?(bring|need|have)|\bbring\b|\bhad\b|love to see|if you|nice|bonus|prefer|plus|must|ideal|profil|who you|about you|desir|expect|competen|knowledge|education|stand out|background|\bfit\b|succe|thrive|candidate|stack|technolog|\btools\b|\btech\b|what makes|who can|impress|extra|you are|youre|you re|also (have|bring)/;

/** Wording in an item that says it is optional, so its kind is not the heading's. */
const OPTIONAL_WORDING =
  /\b(plus|bonus|preferred|preferably|nice to have|ideally|advantage|advantageous|desirable|desired|optional|not required|a big plus)\b/i;

/** Common function words of English and of the other languages in the corpus. */
const ENGLISH_WORDS = /^(the|and|to|of|with|you|in|for|our|we|a|is|are|your|will|on|or)$/;
const OTHER_WORDS =
  /^(les|des|une|vous|nous|avec|pour|und|der|die|mit|für|wir|para|com|los|las|una|você|uma|em|nas|się|oraz|jest|ir|yra|su|het|een|van|zijn|della|che|il|di)$/;

/**
 * Whether a posting is written in English, judged by its function words: the closed
 * heading lists are English, so in another language a requirements heading would go
 * unrecognised and its items unlabelled.
 *
 * @param text - The posting.
 * @returns True when English function words clearly dominate.
 */
export function isEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  // Links are not prose ("example.com" is not Portuguese "com").
  const prose = text.replace(/https?:\/\/[^\s)]*/g, ' ').toLowerCase();
  for (const word of prose.split(/[^\p{L}]+/u)) {
    if (ENGLISH_WORDS.test(word)) english++;
    else if (OTHER_WORDS.test(word)) other++;
  }
  return english > 0 && other * 20 < english;
}

/** Longest and shortest item kept; outside this the item is likely not a plain item. */
const MIN_ITEM_CHARS = 3;
const MAX_ITEM_CHARS = 400;

/**
 * Normalises a heading for the closed lists.
 *
 * @param heading - Visible heading text.
 * @returns Lower case, apostrophes dropped, other punctuation and emoji as single spaces.
 */
export function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The kind a heading gives its items, by the closed lists.
 *
 * @param heading - Visible heading text.
 * @returns The kind, or undefined for any other heading.
 */
export function headingKind(heading: string): Kind | undefined {
  const normal = normalizeHeading(heading);
  if (REQUIRED_HEADINGS.has(normal)) return 'required';
  if (PREFERRED_HEADINGS.has(normal)) return 'preferred';
  return undefined;
}

/** Why a posting was left out (for the selector's summary), or the labels when kept. */
export type Labelling = { ok: true; items: TrueItem[] } | { ok: false; reason: string };

/**
 * Labels a markdown posting's requirement items from its structure, or says why its
 * labels would be doubtful.
 *
 * @param markdown - The posting as in the corpus.
 * @returns The true items in document order, or the reason for leaving the posting out.
 */
export function labelPosting(markdown: string): Labelling {
  if (!isEnglish(markdown)) return { ok: false, reason: 'not in English' };
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks = readBlocks(markdown).slice(bodyStart(lines), bodyEnd(lines));
  const items: TrueItem[] = [];
  let kind: Kind | undefined;
  let inSection = false;
  let sectionItems = 0;
  let firstIndent = -1;
  const endSection = (): string | undefined => {
    if (inSection && sectionItems < 2) return 'labelled section with fewer than 2 bullets';
    inSection = false;
    return undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const ended = endSection();
      if (ended !== undefined) return { ok: false, reason: ended };
      if (block.text === '') continue;
      kind = headingKind(block.text);
      if (kind === undefined && REQUIREMENT_LIKE.test(normalizeHeading(block.text))) {
        return { ok: false, reason: 'ambiguous heading' };
      }
      inSection = kind !== undefined;
      sectionItems = 0;
      firstIndent = -1;
      continue;
    }
    if (!inSection || kind === undefined || block.kind === 'blank') continue;
    if (block.kind === 'text') return { ok: false, reason: 'prose inside a labelled section' };
    if (firstIndent < 0) firstIndent = block.indent;
    if (block.indent !== firstIndent) return { ok: false, reason: 'nested bullets' };
    const text = block.text;
    if (text.length < MIN_ITEM_CHARS || text.length > MAX_ITEM_CHARS) {
      return { ok: false, reason: 'item too short or too long' };
    }
    if (/[:：]$/.test(text)) return { ok: false, reason: 'label item' };
    if (/[<>]/.test(text)) return { ok: false, reason: 'HTML remnant in an item' };
    // "…content creation.Strong analytical…": the original itself glued two items.
    if (/\p{Ll}[.!?;]\p{Lu}\p{Ll}/u.test(text))
      return { ok: false, reason: 'glued in the original' };
    if (kind === 'required' && OPTIONAL_WORDING.test(text)) {
      return { ok: false, reason: 'optional wording under a required heading' };
    }
    items.push({ text, kind });
    sectionItems++;
  }
  const ended = endSection();
  if (ended !== undefined) return { ok: false, reason: ended };
  if (!items.some((item) => item.kind === 'required')) {
    return { ok: false, reason: 'no required section' };
  }
  return { ok: true, items };
}
