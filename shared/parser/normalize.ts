/**
 * Whole-text normalisation done once before any line is looked at: line endings,
 * invisible characters and HTML remnants, so later steps see plain `\n`-separated lines.
 * Everything here is a single left-to-right pass or a regex whose repeated parts cannot
 * overlap, so the cost stays linear in the input size.
 */

/** HTML tags that end a line or start a list item when a posting was copied from a web page. */
const BLOCK_TAG = /<\/?(?:br|p|div|ul|ol|h[1-6]|tr|table|section|article)\b[^<>]{0,200}>/gi;
const LIST_ITEM_TAG = /<li\b[^<>]{0,200}>/gi;
/** Inline tags whose text we keep; only the tag itself goes. */
const INLINE_TAG =
  /<\/?(?:li|span|strong|b|em|i|u|a|font|small|sup|sub|code|td|th|tbody|thead|mark)\b[^<>]{0,200}>/gi;

/**
 * Maps a character code to its replacement: `undefined` keeps it, `''` drops it, other
 * strings replace it. Control characters (NUL and friends) are dropped because they only
 * come from broken copy-paste and would end up in item text.
 */
function replacementFor(code: number): string | undefined {
  if (code === 0x0a) return undefined;
  if (code === 0x09) return ' ';
  if (code === 0x0d) return '\n';
  if (code < 0x20 || code === 0x7f) return '';
  if (code < 0x80) return undefined;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return '\n';
  if (code >= 0x80 && code < 0xa0) return '';
  if (code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)) return ' ';
  if (code === 0x202f || code === 0x205f) return ' ';
  // Zero-width characters and the byte-order mark: invisible, but they break word matching.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060) return '';
  if (code === 0xfeff || code === 0x00ad) return '';
  return undefined;
}

/**
 * Replaces CR and CRLF with LF, drops control and zero-width characters, turns exotic
 * spaces into plain spaces and replaces block-level HTML tags with line breaks.
 *
 * @param text - The posting exactly as pasted.
 * @returns The same text with only `\n` line breaks and printable characters.
 */
export function normalizeText(text: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement = replacementFor(code);
    // CRLF is one line break, not two.
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) replacement = '';
    if (replacement === undefined) continue;
    if (i > start) parts.push(text.slice(start, i));
    if (replacement !== '') parts.push(replacement);
    start = i + 1;
  }
  if (start < text.length) parts.push(text.slice(start));
  const plain = parts.join('');
  if (!plain.includes('<')) return plain;
  return plain.replace(LIST_ITEM_TAG, '\n* ').replace(BLOCK_TAG, '\n').replace(INLINE_TAG, '');
}
