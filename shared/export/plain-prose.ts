/**
 * The fast way through for the user text most notes are: plain prose, whose Markdown
 * parse is nothing but paragraphs of the same words and whose serialization escapes
 * nothing. Parsing and re-serializing that text through the syntax tree took most of the
 * time of an export of every role; for such text the result is known without it.
 *
 * The test is deliberately narrow: every line starts with a letter (so no line can open
 * a heading, list, quote, code block, table or HTML), has no whitespace at either end (no
 * hard break, no indented code), and holds only letters, digits, spaces and punctuation
 * that CommonMark and GFM give no meaning in running text. Anything else takes the full
 * parse. A test checks the two ways give the same Markdown.
 */
import type { Paragraph } from 'mdast';

/** Letters, digits, the space and punctuation with no meaning inside a paragraph. */
const CHARACTER = String.raw`\p{L}\p{N} ,.;:'"?!()\u2018\u2019\u201C\u201D\u2013\u2014\u2026\-`;
/** One line of prose: a letter first, no space last. */
const PROSE_LINE = new RegExp(`^\\p{L}(?:[${CHARACTER}]*[${CHARACTER.replace(' ', '')}])?$`, 'u');
/**
 * What GFM's autolink literals would turn into a link or the serializer escape among
 * those characters: `www.` (even at the very end) and a dot between a `w` and a word
 * character.
 */
const LINK_LIKE = /www\.|w\.[-.\w]/iu;

/**
 * The paragraphs of `source` (already cleaned and trimmed) when it is plain prose, else
 * null. Each paragraph holds its text as an `html` node: the serializer writes that
 * verbatim, which for this text is exactly what escaping it would give.
 */
export function plainProseBlocks(source: string): Paragraph[] | null {
  if (LINK_LIKE.test(source)) return null;
  const paragraphs: Paragraph[] = [];
  for (const block of source.split(/\n{2,}/u)) {
    for (const line of block.split('\n')) if (!PROSE_LINE.test(line)) return null;
    paragraphs.push({ type: 'paragraph', children: [{ type: 'html', value: block }] });
  }
  return paragraphs;
}
