/**
 * First look at each line on its own: blank, markdown heading, list item or plain text.
 * Whether a plain-text line is really a heading depends on its neighbours and wording,
 * which is decided later (see `sections.ts`); this module only reads the line's syntax.
 */

import { BULLET_MARKERS } from './inline';
import { isSiteChrome } from './site-chrome';

/** What a line is, judged from its syntax alone. */
export type LineKind = 'blank' | 'heading' | 'bullet' | 'text';

/** One line of the posting after syntax classification. */
export interface Line {
  kind: LineKind;
  /** The line's content without indentation, heading hashes or bullet marker (markdown kept). */
  content: string;
  /** Leading spaces (a tab counts as four), used to nest sub-items. */
  indent: number;
  /** Markdown heading level 1–6; 0 for other lines. */
  level: number;
}

/** Longest run of leading whitespace we measure; deeper indentation is all the same to us. */
const MAX_INDENT = 64;

/** Markers that are list bullets only when followed by a space (`-x` is rarely a list). */
const ASCII_MARKERS = '-*+>';

/** Counts leading spaces and tabs, and returns the index of the first other character. */
function measureIndent(raw: string): { indent: number; start: number } {
  let indent = 0;
  let start = 0;
  while (start < raw.length && start < MAX_INDENT) {
    const ch = raw[start];
    if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4;
    else break;
    start++;
  }
  return { indent, start };
}

/** A thematic break (`---`, `***`, `___`, `===`): three or more of one char, spaces allowed. */
function isRule(text: string): boolean {
  if (text.length < 3 || text.length > 200) return false;
  const first = text[0];
  if (first !== '-' && first !== '*' && first !== '_' && first !== '=') return false;
  let count = 0;
  for (const ch of text) {
    if (ch === first) count++;
    else if (ch !== ' ') return false;
  }
  return count >= 3;
}

/** Length of a list marker at the start of `text` (`- `, `• `, `1. `, `(a) `), or 0. */
function markerLength(text: string): number {
  const first = text[0];
  if (first === undefined) return 0;
  const second = text[1];
  // HTML-to-markdown converters escape list markers they did not recognise: "\- item".
  if (first === '\\' && second !== undefined && '-*+•·'.includes(second) && text[2] === ' ') {
    return 3;
  }
  if (ASCII_MARKERS.includes(first)) {
    // `**bold**` and `--flag` are not bullets; `- item` and `-item` are.
    if (second === ' ') return 2;
    if (first === '-' && second !== undefined && /\p{L}/u.test(second)) return 1;
    return 0;
  }
  if (BULLET_MARKERS.includes(first)) return 1;
  const numbered = /^(?:\(?\d{1,3}[.)]|\(?[a-z][)]|\(\d{1,3}\))\s+/.exec(text);
  return numbered ? numbered[0].length : 0;
}

/**
 * Reads one raw line.
 *
 * @param raw - A line of the normalised text (no `\n`).
 * @returns Its syntactic kind, content and indentation.
 */
export function readLine(raw: string): Line {
  const { indent, start } = measureIndent(raw);
  let text = raw.slice(start).trim();
  // Blockquotes are just quoted text for our purposes.
  while (text.startsWith('>') && !text.startsWith('>>') && text.length > 0) {
    text = text.slice(1).trim();
  }
  if (text === '' || isRule(text)) return { kind: 'blank', content: '', indent, level: 0 };
  const heading = /^(#{1,6})(?:\s+|$)/.exec(text);
  if (heading) {
    const hashes = heading[1] ?? '#';
    const content = text.slice(heading[0].length).replace(/\s#+$/, '').trim();
    if (content === '') return { kind: 'blank', content: '', indent, level: 0 };
    return { kind: 'heading', content, indent, level: hashes.length };
  }
  const marker = markerLength(text);
  if (marker > 0) {
    return { kind: 'bullet', content: text.slice(marker).trim(), indent, level: 0 };
  }
  return { kind: 'text', content: text, indent, level: 0 };
}

/**
 * Splits the normalised text into lines and reads each one. Setext underlines (`===`
 * under a line) turn the line above into a heading.
 *
 * @param text - Text from `normalizeText` (only `\n` line breaks).
 * @returns One entry per line, in order.
 */
export function readLines(text: string): Line[] {
  const raws = text.split('\n');
  const lines: Line[] = [];
  for (const raw of raws) {
    const read = readLine(raw);
    // A board's footer or "Click to apply" is no part of the posting's structure.
    const line: Line =
      read.kind !== 'blank' && isSiteChrome(read.content)
        ? { kind: 'blank', content: '', indent: read.indent, level: 0 }
        : read;
    const previous = lines[lines.length - 1];
    if (line.kind === 'blank' && raw.trim().startsWith('===') && previous?.kind === 'text') {
      previous.kind = 'heading';
      previous.level = 1;
    }
    lines.push(line);
  }
  return lines;
}
