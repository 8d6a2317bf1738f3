/**
 * Headings outside the common wording that introduce the candidate's requirements, read
 * one by one by a person from the headings that sit over bullet lists in the corpus's
 * English postings (the most frequent ones that use requirement-like words), and kept
 * only when a reader would file every bullet under them as required (or as a plus) without
 * looking further: "You're probably a match if", "What makes you a great fit", "Extra
 * brownie points if you". Headings whose kind a reader could doubt ("An ideal candidate
 * also has", "How to be successful in this role", "Ideally you have", generic nouns like
 * "Experience" or "Education") were left out, so postings with them stay out of the sets.
 *
 * Normalised as labels.ts `normalizeHeading` does (lower case, apostrophes dropped,
 * punctuation and emoji as spaces, `&` as "and").
 */

import { readBlocks } from './blocks';

/** Unusual headings over required items. */
export const UNUSUAL_REQUIRED_HEADINGS: readonly string[] = [
  'required',
  'ready to livecrypto who you are',
  'minimum requirements for the role',
  'minimum requirements for this role',
  'requirements for the role',
  'what we look for in you ie job requirements',
  'what you have',
  'what you bring to the table',
  'what you will bring to the table',
  'what you bring to the team',
  'what you will bring to the team',
  'what you bring to the role',
  'you bring',
  'you bring to the team',
  'what you need to bring',
  'what we expect from you',
  'what you need to succeed',
  'what youll need to succeed',
  'what youll need to be successful',
  'what youll need to be successful in this role',
  'to be successful in this role you have',
  'to be successful you should have',
  'success in this role requires',
  'on day one we will expect you to have',
  'what you must have',
  'you must have',
  'must have skills',
  'what you need to have',
  'please apply if you have',
  'you are',
  'you are a good fit if you',
  'you are a good fit if you have',
  'you are an ideal candidate if you',
  'youre probably a match if',
  'youre the engineer were looking for if you',
  'what makes you a great fit',
  'we are looking for',
  'were looking for',
  'who were looking for',
  'heres what were looking for',
  'what are we looking for',
  'were looking for people with',
  'were looking for someone who',
  'were looking for someone who has',
  'were looking for someone with',
  'an ideal candidate has',
  'an ideal candidate should have',
  'the ideal candidate has',
  'the ideal candidate will have',
  'our ideal candidate has',
  'our ideal candidate will have',
  'the ideal candidate for a solutions architect will have',
];

/** Unusual headings over preferred items. */
export const UNUSUAL_PREFERRED_HEADINGS: readonly string[] = [
  'preferred',
  'highly preferred',
  'desired',
  'desirable',
  'bonus',
  'bonus points for',
  'bonus points if',
  'bonus points not required',
  'bonus points but not required',
  'added bonus if you have',
  'extra brownie points if you',
  'extra credit if you',
  'would be a plus',
  'will be a plus',
  'its a plus if you have',
  'it will be a plus if you have experience with the following',
  'its great but not required',
  'helpful but not required',
  'itll be great but not essential if you also have experience with',
  'what will make you stand out',
  'what makes you stand out',
  'even better if you have',
  'additionally wed love it if you have',
  'wed particularly love it if you have',
  'a strong candidate will additionally have',
  'you will shine if you have',
];

const UNUSUAL = new Set([...UNUSUAL_REQUIRED_HEADINGS, ...UNUSUAL_PREFERRED_HEADINGS]);

/**
 * Whether a posting has a heading from the unusual lists.
 *
 * @param markdown - The posting.
 * @returns True when one of its headings is unusual.
 */
export function usesUnusualHeading(markdown: string): boolean {
  return readBlocks(markdown).some((block) => {
    if (block.kind !== 'heading') return false;
    const normal = block.text
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return UNUSUAL.has(normal);
  });
}
