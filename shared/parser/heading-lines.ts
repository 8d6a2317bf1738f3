/**
 * Reading single lines as headings or prose: whether a line is entirely bold, styled like
 * a heading, short enough to be one, or running prose. Context (the neighbouring lines)
 * is weighed in `sections.ts`; these checks look at one line only.
 */

import { cleanInline, stripLeadingMarkers } from './inline';

/** Lines longer than this are never headings. */
export const MAX_HEADING_LINE = 200;
/** Longest cleaned heading, and most words, for a plain or bold line to be a heading. */
const MAX_HEADING_CHARS = 90;
const MAX_HEADING_WORDS = 10;
const MAX_BOLD_HEADING_WORDS = 20;
/** A line this long is prose even without a sentence break. */
const PROSE_LENGTH = 200;

/** A sentence end followed by the capital of the next sentence. */
export const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
/** A line starting with a lower-case letter (a continuation, never a heading). */
export const LOWER_START = /^\p{Ll}/u;

/**
 * Counts the words of a text whose whitespace is already collapsed.
 *
 * @param text - Cleaned text.
 * @returns The number of space-separated words.
 */
export function countWords(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/**
 * Whether a line reads as running prose rather than a list item or heading: long, or
 * more than one sentence.
 *
 * @param content - A line's content.
 * @returns True for prose.
 */
export function isProse(content: string): boolean {
  return content.length > PROSE_LENGTH || SENTENCE_BREAK.test(content);
}

/**
 * Heading text as shown: markdown, leading markers or emoji and a trailing colon removed.
 *
 * @param content - The heading line's content.
 * @returns The clean heading.
 */
export function headingText(content: string): string {
  return stripLeadingMarkers(cleanInline(content))
    .replace(/\s*[:：]$/, '')
    .trim();
}

/**
 * The heading of a line that is entirely bold (`**Requirements:**`, `__Perks__`). A bold
 * sentence ending in a period is emphasis, not a heading.
 *
 * @param content - A line's content.
 * @returns The heading text, or `undefined` when the line is not a bold heading.
 */
export function boldHeading(content: string): string | undefined {
  if (content.length > MAX_HEADING_LINE) return undefined;
  const trimmed = content.replace(/[\s:：]+$/, '');
  if (!/^[*_\s]*(\*\*|__)/.test(trimmed) || !/(\*\*|__)[*_\s]*$/.test(trimmed)) return undefined;
  const inner = trimmed.replace(/^[*_\s]+/, '').replace(/[*_\s]+$/, '');
  if (inner === '' || inner.includes('**') || inner.includes('__')) return undefined;
  const text = headingText(inner);
  if (text === '' || /[.!,;]$/.test(text) || countWords(text) > MAX_BOLD_HEADING_WORDS) {
    return undefined;
  }
  return text;
}

/**
 * Whether a cleaned plain line could be a heading at all: short, not starting in lower
 * case, no final period or comma, no "Label: value" shape, not a URL.
 *
 * @param text - The line, cleaned with `headingText`.
 * @returns True when the line may be a heading.
 */
export function couldBeHeading(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADING_CHARS) return false;
  if (countWords(text) > MAX_HEADING_WORDS || LOWER_START.test(text)) return false;
  // A semicolon joins clauses of an item ("BA/BS preferred; 8 years of experience").
  if (/[.,;!]$/.test(text) || /[:：]\s+\S/.test(text) || text.includes(';')) return false;
  return !/^https?:\/\//i.test(text);
}

/**
 * Whether a short line is styled like a heading: a question, ALL CAPITALS, or Title Case
 * (two or more, and most, words of four letters or more capitalised) and without commas, which list items
 * ("Backend: AWS, Serverless, NoSQL") usually have.
 *
 * @param text - The line, cleaned with `headingText`.
 * @returns True when its styling says "heading".
 */
export function looksStyledAsHeading(text: string): boolean {
  if (text.includes(',')) return false;
  if (text.endsWith('?')) return true;
  if (text === text.toUpperCase() && text !== text.toLowerCase()) return true;
  const long = text.split(' ').filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  // One capitalised word is not enough: "Knowledge of SQL" is an item, "Job Details" a heading.
  return capitalised >= 2 && capitalised * 3 >= long.length * 2;
}

/** Longest lone line read as a list item rather than a paragraph. */
const MAX_BARE_ITEM = 200;

/**
 * Whether a line reads as a bare list item: short, one sentence, no final punctuation.
 *
 * @param line - A cleaned line.
 * @returns True for a line that can stand alone as an item.
 */
export function isBareItem(line: string): boolean {
  if (line.length > MAX_BARE_ITEM || isProse(line) || /[.!?:：]$/.test(line)) return false;
  // Hashtags ("#LI-Remote") and bare links are tracking noise; "Travel: 10-20%" is a
  // labelled fact about the job.
  return !line.startsWith('#') && !/^https?:\/\//i.test(line) && !/^[^:：]{1,40}[:：]\s/.test(line);
}
