/**
 * Inline markdown clean-up: what is left of a line once it is known to be a heading, an
 * item or a paragraph. Every regex here either is anchored or repeats a character class
 * that excludes its own opening character, so no input makes it backtrack more than
 * linearly (a line of a million `[` costs a million steps, not a million squared).
 */

/**
 * Characters that mark a list item when they start a line. Requirement and item texts
 * never start with one of these (see {@link stripLeadingMarkers}).
 */
export const BULLET_MARKERS = '-*+•·‣◦▪▫●○■□►▶▸▹➢➤➔→✓✔☑⁃–—◆◇❖★☆»>';

const IMAGE = /!\[([^[\]\n]*)\]\([^()\s[\]]*(?:\s+"[^"\n]*")?\)/g;
const LINK = /\[([^[\]\n]*)\]\([^()\s[\]]*(?:\s+"[^"\n]*")?\)/g;
const REFERENCE_LINK = /\[([^[\]\n]*)\]\[[^[\]\n]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]*)>/gi;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const SPACES = /\s+/g;
const HEADING_MARKER = /^#{1,6}\s+/;
/** Any character cleanInline acts on besides whitespace. */
const MARKUP = /[&[<\\`~*_]/;
/** Whitespace other than a plain space (tabs, line breaks), which is always collapsed. */
const NON_SPACE_BLANK = /[^\S ]/;
const LEADING_MARKERS =
  /^(?:[\s\-*+•·‣◦▪▫●○■□►▶▸▹➢➤➔→✓✔☑⁃–—◆◇❖★☆»>]|\p{Extended_Pictographic}|\uFE0F|\u200D)+/u;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  bull: '•',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

/** Decodes one HTML entity; unknown or out-of-range ones are kept as written. */
function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // fromCodePoint throws above U+10FFFF; a posting must never make the parser throw.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/**
 * Whether the character at `i` is a word character for emphasis purposes: letters and
 * digits of any script. Out-of-range positions count as non-word (line start or end).
 */
function isWordChar(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Drops single `*` and `_` emphasis markers in one pass. A `_` between two word
 * characters is part of an identifier (`snake_case`) and stays; a `*` between two spaces
 * is a multiplication sign or a stray bullet and stays.
 */
function dropEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '*' && ch !== '_') continue;
    const keep =
      ch === '_'
        ? isWordChar(text, i - 1) && isWordChar(text, i + 1)
        : text[i - 1] === ' ' && text[i + 1] === ' ';
    if (keep) continue;
    out.push(text.slice(start, i));
    start = i + 1;
  }
  out.push(text.slice(start));
  return out.join('');
}

/**
 * Turns one line of markdown into plain text: links become their text, emphasis, code
 * ticks, escapes and entities go, runs of whitespace become one space, and the result
 * is trimmed.
 *
 * @param text - One line (or a few joined lines) of markdown or plain text.
 * @returns The visible text, as a reader of the rendered posting would see it.
 */
export function cleanInline(text: string): string {
  // Most lines have no markup and single spaces: skip the work they do not need.
  if (!MARKUP.test(text)) {
    return text.includes('  ') || NON_SPACE_BLANK.test(text)
      ? text.replace(SPACES, ' ').trim()
      : text.trim();
  }
  let s = text;
  if (s.includes('&')) s = s.replace(ENTITY, decodeEntity);
  if (s.includes('[')) {
    s = s.replace(IMAGE, '$1').replace(LINK, '$1').replace(REFERENCE_LINK, '$1');
  }
  if (s.includes('<')) s = s.replace(AUTOLINK, '$1');
  if (s.includes('\\')) s = s.replace(ESCAPE, '$1');
  if (s.includes('`')) s = s.replaceAll('`', '');
  if (s.includes('~~')) s = s.replaceAll('~~', '');
  if (s.includes('**')) s = s.replaceAll('**', '');
  if (s.includes('__')) s = s.replaceAll('__', '');
  s = dropEmphasis(s);
  return s.replace(SPACES, ' ').trim();
}

/**
 * Removes bullet markers, stray emoji bullets and whitespace from the start of a text,
 * repeatedly, so `"- • Python"` becomes `"Python"`.
 *
 * @param text - An item or sentence, already cleaned of markdown.
 * @returns The text without leading markers (possibly empty).
 */
export function stripLeadingMarkers(text: string): string {
  return text.replace(LEADING_MARKERS, '');
}

/**
 * Cleans a list item or sentence for output: markdown removed, leading markers removed,
 * whitespace collapsed and trimmed.
 *
 * @param text - Raw item text (bullet marker already removed by the line reader).
 * @returns Text fit to show as a checklist item; empty when nothing is left.
 */
export function cleanItem(text: string): string {
  // A heading marker inside a list item ("* ### Coding skills") is formatting, not text.
  return stripLeadingMarkers(cleanInline(text).replace(HEADING_MARKER, '')).trim();
}
