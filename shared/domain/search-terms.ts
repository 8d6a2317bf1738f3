/**
 * How global search reads text and queries: words split and folded exactly as MiniSearch
 * does by default (so the persisted word index answers like the in-memory one did), and
 * which indexed words a query word matches (prefix, or a small edit distance for longer
 * words).
 */

/** MiniSearch's default separator: line breaks, any Unicode space or punctuation. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
/** A token and where it is, for highlighting: the complement of {@link SEPARATOR}. */
const TOKEN = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * Words longer than this are cut: a pasted blob (a base64 image, a long URL) must not put
 * kilobyte keys in the index. Prefix search still finds it by its start.
 */
export const MAX_TERM_LENGTH = 60;

/** MiniSearch's `maxFuzzy`: the largest edit distance any query word allows. */
const MAX_FUZZY = 6;

/** One indexed form of a word: lower-cased, cut to {@link MAX_TERM_LENGTH}. */
export function normalizeTerm(word: string): string {
  return word.toLowerCase().slice(0, MAX_TERM_LENGTH);
}

/** The distinct indexed words of some texts, in first-seen order. */
export function termsOf(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(SEPARATOR)) {
      if (word) seen.add(normalizeTerm(word));
    }
  }
  return [...seen];
}

/**
 * One word of a query as the search runs it: its tokens (a word with punctuation such as
 * "node.js" is several, any of which may match), and whether near misses count.
 */
export interface QueryWord {
  tokens: string[];
  /** Largest edit distance per token (0 = prefix matches only). */
  distances: number[];
}

/**
 * Splits a query on whitespace. Every word must match somewhere; within a word, any of its
 * tokens. Words longer than four characters also match words within 20% edits (as the
 * Roles search always has: "kubernets" finds "kubernetes").
 */
export function parseQuery(query: string): QueryWord[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const tokens = termsOf([word]);
      const fuzzy = word.length > 4;
      return {
        tokens,
        distances: tokens.map((token) =>
          fuzzy ? Math.min(MAX_FUZZY, Math.round(token.length * 0.2)) : 0,
        ),
      };
    });
}

/**
 * Whether the Levenshtein distance between `a` and `b` is at most `max`, computed only as
 * far as needed (a row whose every cell is over `max` ends it).
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (max === 0) return a === b;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= max;
}

/** Whether an indexed word matches one query token (prefix, or within `distance` edits). */
export function termMatches(term: string, token: string, distance: number): boolean {
  return term.startsWith(token) || (distance > 0 && withinDistance(term, token, distance));
}

/** Whether some token of the word matches `term`. */
export function wordMatchesTerm(word: QueryWord, term: string): boolean {
  return word.tokens.some((token, i) => termMatches(term, token, word.distances[i] ?? 0));
}

/** Whether a text holds every word of the query (each anywhere, in any order). */
export function textMatches(terms: readonly string[], words: readonly QueryWord[]): boolean {
  if (words.length === 0) return false;
  return words.every((word) => terms.some((term) => wordMatchesTerm(word, term)));
}

/** A piece of a snippet: plain text, or a word the query matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Markdown as the words a reader sees, for snippets: link and image syntax reduced to
 * their text, heading, quote and list markers, emphasis and code ticks dropped.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\((?:[^()\n]|\([^()]*\))*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, '')
    .replace(/\*+|__|~~|`+/g, '');
}

/**
 * A short excerpt of `text` around its first word that matches the query, split into parts
 * so the view can mark the hits (as elements, never as HTML). Whitespace is collapsed; cut
 * ends get an ellipsis.
 */
export function snippetOf(text: string, words: readonly QueryWord[], around = 60): SnippetPart[] {
  const flat = plainText(text).replace(/\s+/g, ' ').trim();
  const hits: { start: number; end: number }[] = [];
  for (const match of flat.matchAll(TOKEN)) {
    const term = normalizeTerm(match[0]);
    if (words.some((word) => wordMatchesTerm(word, term))) {
      hits.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  const first = hits[0];
  let from = first ? Math.max(0, first.start - around) : 0;
  let to = Math.min(flat.length, (first ? first.end : 0) + around * 2);
  // Start and end at word boundaries where the text is cut.
  if (from > 0) from = flat.indexOf(' ', from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(' ', to) > from ? flat.lastIndexOf(' ', to) : to;
  const parts: SnippetPart[] = [];
  const push = (value: string, hit: boolean) => {
    if (value) parts.push({ text: value, hit });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const hit of hits) {
    if (hit.end <= from || hit.start >= to) continue;
    const start = Math.max(hit.start, from);
    push(flat.slice(at, start), false);
    push(flat.slice(start, Math.min(hit.end, to)), true);
    at = Math.min(hit.end, to);
  }
  push(flat.slice(at, to), false);
  if (to < flat.length) push('…', false);
  return parts;
}
