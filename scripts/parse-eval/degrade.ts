/**
 * Degraders: pure functions that turn a markdown posting into the forms copy-paste
 * produces, as the seed postings show.
 *
 * - `plain` (seeds 000, 002): the description body as a browser copies it from a job
 *   page: no title header or apply footer, headings as plain lines, one list item per
 *   line without its marker, emphasis and links reduced to their text. Headings and
 *   paragraphs follow each other on single line breaks; a list has a blank line before
 *   and after it.
 * - `glued` (seed 004): as a job board pastes it: blocks separated by blank lines and each
 *   list's items concatenated on one line with no separator ("…portfolioOrganize and
 *   lead…", "…or tools.Proven track record…"), a trailing space after the list.
 * - `lost-punctuation` (seeds 000, 002): the plain form with apostrophes, quotes, slashes,
 *   ampersands and hashes dropped ("youll", "C andor Go", "APICLI", "Canonical  Ubuntu",
 *   "LI-Remote").
 */

import { bodyEnd, bodyStart, readBlocks } from './blocks';
import type { Block } from './blocks';

/** The forms a posting is evaluated in. */
export const FORMS = ['markdown', 'plain', 'glued', 'lost-punctuation'] as const;
/** One of {@link FORMS}. */
export type Form = (typeof FORMS)[number];

/** The body blocks of a posting (header and footer left out, as a copy would). */
function bodyBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  return readBlocks(markdown).slice(bodyStart(lines), bodyEnd(lines));
}

/** Groups blocks into runs: a list (consecutive bullets, blanks between allowed) or one line. */
function runs(blocks: readonly Block[]): { list: boolean; texts: string[] }[] {
  const result: { list: boolean; texts: string[] }[] = [];
  let list: string[] | undefined;
  for (const block of blocks) {
    if (block.kind === 'blank' || block.text === '') continue;
    if (block.kind === 'bullet') {
      if (list === undefined) {
        list = [];
        result.push({ list: true, texts: list });
      }
      list.push(block.text);
      continue;
    }
    list = undefined;
    result.push({ list: false, texts: [block.text] });
  }
  return result;
}

/**
 * The plain-lines form (seeds 000, 002).
 *
 * @param markdown - A markdown posting.
 * @returns Plain text: one heading, paragraph or item per line.
 */
export function toPlain(markdown: string): string {
  const out: string[] = [];
  for (const run of runs(bodyBlocks(markdown))) {
    if (run.list) out.push('', ...run.texts, '');
    else out.push(run.texts[0] ?? '');
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The glued-items form (seed 004).
 *
 * @param markdown - A markdown posting.
 * @returns Plain text where each list is one line of items glued together.
 */
export function toGlued(markdown: string): string {
  const out: string[] = [];
  for (const run of runs(bodyBlocks(markdown))) {
    out.push(run.list ? `${run.texts.join('')} ` : (run.texts[0] ?? ''));
  }
  return out.join('\n\n');
}

/** Characters the seeds show lost in copy-paste. */
const LOST = /['’‘ʼ`"“”/\\&#]/g;

/**
 * Drops the punctuation copy-paste loses (seeds 000, 002).
 *
 * @param text - Any text.
 * @returns The text without apostrophes, quotes, slashes, ampersands and hashes.
 */
export function losePunctuation(text: string): string {
  return text.replace(LOST, '');
}

/**
 * The lost-punctuation form: plain lines with the punctuation dropped.
 *
 * @param markdown - A markdown posting.
 * @returns The degraded text.
 */
export function toLostPunctuation(markdown: string): string {
  return losePunctuation(toPlain(markdown));
}

/**
 * A posting in the given form.
 *
 * @param markdown - The markdown original.
 * @param form - The form wanted.
 * @returns The text to give the parser.
 */
export function degrade(markdown: string, form: Form): string {
  switch (form) {
    case 'markdown':
      return markdown;
    case 'plain':
      return toPlain(markdown);
    case 'glued':
      return toGlued(markdown);
    case 'lost-punctuation':
      return toLostPunctuation(markdown);
  }
}
