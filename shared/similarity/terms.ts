/**
 * Turns an ask into the terms it is compared by: concept terms from the synonym table,
 * then light stems of the remaining content words. Words every posting uses for any ask
 * ("experience", "strong", "proven", "ability", "you") carry no meaning here, so they
 * are dropped; otherwise "experience with Go" and "experience with Python" would match.
 */
import { CONCEPT_PREFIX, conceptLabel, markConcepts } from './concepts';

const STOPWORDS = new Set(
  (
    'a about above across after again all also am an and any are around as at be been being ' +
    'both but by can could do does doing done during each either etc even every for from ' +
    'further had has have having he her here hers how i if in into is it its itself just ' +
    'least like many may me might more most much must my need needs no nor not now of off ' +
    'on once one only or other others our ours out over own per same she should so some ' +
    'such than that the their theirs them then there these they this those through to too ' +
    'under until up upon us very via was we were what when where which while who whom why ' +
    'will with within without would you your yours yourself ' +
    // Words of the genre: they frame an ask without saying what it is.
    'ability able abilities advantage advantageous background beneficial bonus candidate ' +
    'candidates capable comfortable demonstrable demonstrated demonstrate deep deeply ' +
    'desirable desired equivalent essential excellent exceptional expected experience ' +
    'experienced expertise exposure familiar familiarity good great highly ideal ideally ' +
    'including knowledge level mandatory minimum nice plus preferably preferred previous ' +
    'professional proficiency proficient proven record regarded relevant required ' +
    'requirement requirements role similar skill skilled skills solid strong strongly ' +
    'successful track understanding well willing willingness year years ' +
    // How postings frame an ask ("you love…", "…is a necessary prerequisite").
    'able enjoy expect expected focus focused hand hands look looking love main ' +
    'necessary particular particularly passionate past prerequisite prerequisites primary ' +
    'responsibility responsibilities right significant someone success understand want ' +
    // What is left of lost or split contractions ("you’re", "we’ll", "they’ve").
    're ll ve'
  ).split(' '),
);

/** Words of at least this length lose their suffixes; shorter ones stay as they are. */
const MIN_STEM = 3;

/**
 * A light suffix-stripping stemmer (plurals, -ing, -ed, -ly, a final e), enough to make
 * "leading"/"leads" and "managing"/"manage" meet without a full Porter stemmer.
 *
 * @param word - A lower-case word of letters and digits.
 * @returns The word's stem.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= MIN_STEM + 1) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      // "running" → "run", but "skill" keeps its double l.
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > MIN_STEM + 1) w = w.slice(0, -1);
  return w;
}

/**
 * Lower case, straight apostrophes, and only the characters terms are made of: letters,
 * digits and the `+ # . /` of names like C++, C#, Node.js and CI/CD.
 *
 * @param text - Any text.
 */
export function normalizeAsk(text: string): string {
  // NFKC only when needed: most checklist items are plain ASCII, and it is slow.
  const folded = /[^\x20-\x7e]/.test(text) ? text.normalize('NFKC') : text;
  return ` ${folded
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9+#'./\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Punctuation at either end of a word. */
const EDGES = /^[^a-z0-9]+|[^a-z0-9+#]+$/g;

/** Stems of words seen before: the vocabulary of postings is small next to their number. */
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function cachedStem(word: string): string {
  let found = STEMS.get(word);
  if (found === undefined) {
    found = stem(word);
    if (STEMS.size < STEM_CACHE_LIMIT) STEMS.set(word, found);
  }
  return found;
}

/** One term of an ask: the term itself and the words it stands for, for explanations. */
export interface Term {
  /** The comparable term: a concept term or a word stem. */
  readonly key: string;
  /** How to name it to the applicant: the concept's label or the word as written. */
  readonly label: string;
}

/**
 * The distinct terms of an ask, in order of first appearance.
 *
 * @param text - One requirement's text.
 * @returns Its concept terms and content-word stems, each once.
 */
export function askTerms(text: string): Term[] {
  const marked = markConcepts(normalizeAsk(text));
  const seen = new Map<string, Term>();
  for (const raw of marked.split(/[\s/.,;:()'-]+/)) {
    if (raw.length === 0) continue;
    if (raw.startsWith(CONCEPT_PREFIX)) {
      if (!seen.has(raw)) seen.set(raw, { key: raw, label: conceptLabel(raw) ?? raw.slice(1) });
      continue;
    }
    const word = /^[a-z0-9][a-z0-9+#]*$/.test(raw) ? raw : raw.replace(EDGES, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    const key = cachedStem(word);
    if (!seen.has(key)) seen.set(key, { key, label: word });
  }
  return [...seen.values()];
}
