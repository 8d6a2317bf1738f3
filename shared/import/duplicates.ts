/**
 * Is this posting already a role? Same source URL (after normalising away tracking
 * parameters, fragments and trailing slashes), or nearly the same text: Jaccard
 * similarity of word 3-shingles. Shingles are hashed to 32-bit numbers so a posting
 * costs one pass over its words; comparing a posting with n candidates is linear in
 * their total length.
 */

/** A role that a new posting may duplicate. */
export interface DuplicateCandidate {
  roleId: string;
  title: string;
  sourceUrl: string;
  /** The role's posting text. */
  text: string;
}

/** The existing role a new posting duplicates, and why. */
export interface DuplicateMatch {
  roleId: string;
  title: string;
  reason: 'same-url' | 'similar-text';
  /** 1 for the same URL; the text similarity (0..1) otherwise. */
  similarity: number;
}

/** Texts at least this similar are the same posting (a re-copy, a reformatted paste). */
export const DUPLICATE_SIMILARITY = 0.85;

const URL_PARTS = /^([a-z][a-z\d+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i;
const TRACKING_PARAM = /^(?:utm_[^=]*|gclid|fbclid|msclkid|mc_cid|mc_eid)(?:=|$)/i;

/**
 * The form of a URL used to compare postings: scheme and host lowercased, `http` and
 * `https` treated alike, a leading `www.` and default ports dropped, no fragment, no
 * trailing slash, and no tracking parameters (`utm_*`, `gclid`, `fbclid`, …). Other
 * query parameters stay, in order: job boards often name the posting in one (`?gh_jid=`).
 * Text that is not an absolute URL is only trimmed.
 *
 * @param url - A source URL as typed or detected; may be empty.
 */
export function normalizeSourceUrl(url: string): string {
  const trimmed = url.trim();
  const parts = URL_PARTS.exec(trimmed);
  if (!parts) return trimmed;
  const scheme = (parts[1] ?? '').toLowerCase().replace(/^http$/, 'https');
  const host = (parts[2] ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:(?:80|443)$/, '');
  let path = parts[3] ?? '';
  while (path.endsWith('/')) path = path.slice(0, -1);
  const query = (parts[4] ?? '')
    .split('&')
    .filter((param) => param !== '' && !TRACKING_PARAM.test(param))
    .join('&');
  return `${scheme}://${host}${path}${query === '' ? '' : `?${query}`}`;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const URL_IN_TEXT = /https?:\/\/\S+/gi;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * FNV-1a hashes of a text's words: maximal runs of letters and digits, lowercased, so
 * punctuation, markdown and bullets are separators and case does not matter. URLs are
 * left out: the same posting is pasted with and without its link, and links are
 * compared on their own. One pass over the text with no per-word strings: ASCII (most
 * of any posting) takes a fast path, other characters are classified one by one.
 */
export function wordHashes(text: string): number[] {
  const source = text.replace(URL_IN_TEXT, ' ');
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  const endWord = () => {
    if (inWord) hashes.push(hash >>> 0);
    hash = FNV_OFFSET;
    inWord = false;
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      const lower = code >= 65 && code <= 90 ? code | 0x20 : code;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        hash = Math.imul(hash ^ lower, FNV_PRIME);
        inWord = true;
      } else endWord();
      continue;
    }
    const point = source.codePointAt(i) ?? code;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!LETTER_OR_DIGIT.test(char)) {
      endWord();
      continue;
    }
    const lowered = char.toLowerCase();
    for (let j = 0; j < lowered.length; j++) {
      hash = Math.imul(hash ^ lowered.charCodeAt(j), FNV_PRIME);
    }
    inWord = true;
  }
  endWord();
  return hashes;
}

/** Hashed 3-shingles of a list of word hashes (the words themselves under three words). */
function shinglesOf(hashes: readonly number[]): Set<number> {
  const set = new Set<number>();
  if (hashes.length < 3) {
    for (const hash of hashes) set.add(hash);
    return set;
  }
  for (let i = 2; i < hashes.length; i++) {
    const a = hashes[i - 2] ?? 0;
    const b = hashes[i - 1] ?? 0;
    const c = hashes[i] ?? 0;
    set.add((Math.imul(Math.imul(a, 31) + b, 31) + c) >>> 0);
  }
  return set;
}

/** How many shingles a text with `words` words has at most. */
function maxShingles(words: number): number {
  return words < 3 ? words : words - 2;
}

/**
 * The set of hashed word 3-shingles of a text (single words for texts under three
 * words). Formatting (markdown, bullets, line breaks, case) does not change it.
 */
export function shingles(text: string): Set<number> {
  return shinglesOf(wordHashes(text));
}

/** Jaccard similarity of two shingle sets: 0 when either is empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How alike two texts are, 0..1: Jaccard similarity of their word 3-shingles. Linear
 * in the texts' length. Texts with no words are alike to nothing (0), so two empty
 * pastes never count as duplicates.
 */
export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

/**
 * The existing role a new posting duplicates: a candidate with the same normalised
 * source URL wins; otherwise the candidate whose text is most similar, if at least
 * {@link DUPLICATE_SIMILARITY}. Cost: linear in the total length of the texts: each
 * candidate's words are hashed once, candidates whose size alone rules out the
 * threshold are skipped before a set is built, and a comparison walks the smaller set.
 *
 * @param input - The new posting's source URL (may be empty) and text.
 * @param candidates - The existing roles.
 * @returns The match, or null when the posting is new.
 */
export function findDuplicate(
  input: { sourceUrl: string; text: string },
  candidates: readonly DuplicateCandidate[],
): DuplicateMatch | null {
  const url = normalizeSourceUrl(input.sourceUrl);
  if (url !== '') {
    const same = candidates.find((c) => normalizeSourceUrl(c.sourceUrl) === url);
    if (same) return { roleId: same.roleId, title: same.title, reason: 'same-url', similarity: 1 };
  }
  const mine = shingles(input.text);
  let best: DuplicateMatch | null = null;
  for (const candidate of candidates) {
    // |A∩B|/|A∪B| ≤ min/max of the set sizes: a candidate too small to reach the
    // threshold is skipped before its shingle set is built.
    const hashes = wordHashes(candidate.text);
    if (maxShingles(hashes.length) < DUPLICATE_SIMILARITY * mine.size) continue;
    const theirs = shinglesOf(hashes);
    const bound = Math.min(mine.size, theirs.size) / Math.max(mine.size, theirs.size, 1);
    if (bound < DUPLICATE_SIMILARITY) continue;
    const similarity = jaccard(mine, theirs);
    if (similarity >= DUPLICATE_SIMILARITY && (best === null || similarity > best.similarity)) {
      best = {
        roleId: candidate.roleId,
        title: candidate.title,
        reason: 'similar-text',
        similarity,
      };
    }
  }
  return best;
}
