/**
 * The evaluation's own reading of a markdown posting, independent of the parser under
 * test: each line is a heading (`#` or a line that is entirely bold), a bullet, text or
 * blank, and inline markdown is reduced to the visible text. It only needs to be right on
 * the postings the selector keeps (clean lists under clear headings), so it is simple.
 */

/** One line of a markdown posting as the evaluation sees it. */
export interface Block {
  kind: 'blank' | 'heading' | 'bullet' | 'text';
  /** Visible text: markdown, bullet marker and heading hashes removed. */
  text: string;
  /** Leading spaces before a bullet marker (0 for other lines). */
  indent: number;
  /** Whether the heading was a markdown `#` heading (false for a bold line). */
  hashed: boolean;
}

const HASH_HEADING = /^\s{0,3}#{1,6}(?:\s+(.*))?$/;
const BULLET = /^(\s*)(?:[*+-]|\d{1,3}[.)])\s+(.*)$/;
/** A line that is entirely strong emphasis, optionally inside `_…_`, with a colon. */
const BOLD_LINE = /^\s*_?(\*\*|__)([^*_].*?)\1_?\s*:?\s*$/;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
};

/**
 * Reduces inline markdown to what a reader sees: links and images to their text,
 * emphasis, code ticks and escapes removed, entities decoded, whitespace collapsed.
 *
 * @param text - A line of markdown.
 * @returns The visible text, trimmed.
 */
export function visibleText(text: string): string {
  return text
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/&(#\d{1,6}|[a-z]{2,6});/gi, (whole, body: string) => {
      if (body.startsWith('#')) {
        const code = Number(body.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[body.toLowerCase()] ?? whole;
    })
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a markdown posting line by line.
 *
 * @param markdown - The posting.
 * @returns One block per line, in order.
 */
export function readBlocks(markdown: string): Block[] {
  return markdown.split(/\r\n|\r|\n/).map((line): Block => {
    if (line.trim() === '') return { kind: 'blank', text: '', indent: 0, hashed: false };
    const hashed = HASH_HEADING.exec(line);
    if (hashed) {
      return { kind: 'heading', text: visibleText(hashed[1] ?? ''), indent: 0, hashed: true };
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const indent = (bullet[1] ?? '').replace(/\t/g, '    ').length;
      // A heading marker inside an item ("* ### Degree in…") is formatting, not text.
      const text = visibleText((bullet[2] ?? '').replace(/^#{1,6}\s+/, ''));
      return { kind: 'bullet', text, indent, hashed: false };
    }
    const bold = BOLD_LINE.exec(line);
    if (bold && !/[.!?]$/.test((bold[2] ?? '').trim())) {
      return { kind: 'heading', text: visibleText(bold[2] ?? ''), indent: 0, hashed: false };
    }
    return { kind: 'text', text: visibleText(line), indent: 0, hashed: false };
  });
}

/**
 * The line index where the posting body starts: after the corpus header (`# [Title](url)`,
 * `### Company`, `#### Location`), which copying the description from a job page leaves out.
 *
 * @param lines - The raw lines, to recognise the header's shape.
 * @returns Index of the first body line.
 */
export function bodyStart(lines: readonly string[]): number {
  if (!/^#\s*\[/.test(lines[0] ?? '')) return 0;
  let i = 1;
  // Company and location lines come as `###` and `####` lines right after the title.
  while (i < lines.length && i < 4 && /^#{3,4}(\s|$)/.test(lines[i] ?? '')) i++;
  return i;
}

/**
 * The line index where the corpus footer (`## CLICK TO [APPLY](…)`) starts, or the
 * number of lines when there is none.
 *
 * @param lines - The raw lines.
 * @returns Index one past the last body line.
 */
export function bodyEnd(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^##\s*CLICK TO \[APPLY\]/i.test(lines[i] ?? '')) return i;
  }
  return lines.length;
}
