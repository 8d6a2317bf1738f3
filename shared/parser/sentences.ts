/**
 * Sentences, and what their wording says: whether a sentence states a requirement
 * ("you must…", "experience with…"), a plus ("…is a strong advantage"), or is
 * boilerplate that never is one (pay, equal opportunity, how to apply).
 */

import type { RequirementKind } from './types';

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'approx',
  'incl',
  'dept',
  'min',
  'max',
  'fig',
  'al',
  'cf',
  'esp',
  'viz',
  'u.s',
  'u.k',
  'ph.d',
  'b.s',
  'm.s',
  'b.a',
  'm.a',
  'sc',
  'nr',
  'ca',
  'resp',
  'bzw',
  'z.b',
  'usw',
]);

/** Longest word we look back at to recognise an abbreviation. */
const MAX_ABBREVIATION = 8;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n';
}

/** Whether a sentence may start with this character (upper case, digit, quote or bracket). */
function canStartSentence(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  if (ch >= '0' && ch <= '9') return true;
  if ('"“‘\'(['.includes(ch)) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the `.` at `i` ends an abbreviation or an initial ("e.g.", "U.S.", "J."). */
function endsAbbreviation(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < MAX_ABBREVIATION && !isSpace(text[start - 1])) start--;
  const word = text
    .slice(start, i)
    .toLowerCase()
    .replace(/^[("'“‘[]+/, '');
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * Splits prose into sentences at `.`, `!` or `?` followed by whitespace and a capital,
 * digit or quote, except after abbreviations and initials.
 *
 * @param text - A paragraph of plain text.
 * @returns The sentences, trimmed, in order; empty strings are dropped.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。') continue;
    let next = i + 1;
    // Closing quotes and brackets belong to the sentence that just ended.
    while (next < text.length && next - i < 4 && '"”’\')]'.includes(text[next] ?? '')) next++;
    if (next < text.length && !isSpace(text[next])) continue;
    let after = next;
    while (after < text.length && isSpace(text[after])) after++;
    if (!canStartSentence(text[after])) continue;
    if (ch === '.' && endsAbbreviation(text, i)) continue;
    const sentence = text.slice(start, next).trim();
    if (sentence !== '') sentences.push(sentence);
    start = after;
    i = after - 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Words that make a sentence a hard requirement, whatever else it says. */
const MUST =
  /\bmust\b|\b(need|needs) to\b|(?<!not )\brequired\b|\brequires?\b|\bmandatory\b|\bessential\b/i;
/** Words that make a sentence or item a plus rather than a requirement. */
const PLUS =
  /\b(an?|strong|big|great|real|definite|distinct|clear|major|huge|added|extra|additional) advantage\b|\badvantageous\b|\b(a|an|big|huge|strong|great|definite|major|real|nice|added|extra|is|are|be) (plus|bonus)\b|\bbonus points\b|\(\s*(bonus|plus|a plus|optional)\s*!?\s*\)|\bnice[- ]to[- ]have\b|\bpreferred\b|\bdesirable\b|\bdesired\b|^ideally\b|\bnot required\b|\bun plus\b|\bvon vorteil\b|\bwünschenswert\b|\bdeseable\b|\bdesejável\b|\bsouhaité|\bun atout\b|\bmile widziane\b|\bgern gesehen\b|\bvalorable\b|\bse valorar/i;
/** Wording of a requirement stated in prose. */
const REQUIREMENT =
  /\bexperience (with|in|of)\b|\bfamiliar(ity)? with\b|\bknowledge of\b|\bproficien(t|cy)\b|\bfluen(t|cy) in\b|\bshould (have|be)\b|\b\d+\+? years\b|\bdegree\b|\bunderstanding of\b|\bexpertise in\b/i;
/** Broader wording of a requirement, trusted only under a requirements heading. */
const REQUIREMENT_BROAD =
  /\b(skills?|ability to|able to|bachelor|master'?s|phd|proven|track record|you (are|have|bring|know)|strong|excellent|solid|hands-on|familiar|knowledge|experience[ds]?|expert|fluent|certifi\w+)\b|expérience|maîtrise|connaissance|compétence|diplôme|vous (êtes|avez|possédez|maîtrisez|justifiez|disposez)|experiencia|conocimiento|erfahrung|kenntnisse|du (hast|bringst)|sie (haben|bringen)|doświadczeni|znajomoś|experiência|conhecimento/i;

/** Wording of pay, benefits, equal opportunity and application instructions. */
const BOILERPLATE =
  /\bequal (employment )?opportunit|\bdiscriminat|\b(race|religion|gender|veteran|disabilit(y|ies)|ethnicity|sexual orientation)\b|\baccommodation|\bsalary\b|\bbase pay\b|\bcompensation\b|\bbenefits\b|\bpaid time off\b|\b401\(?k\)?|\binsurance\b|\bresume\b|\bcover letter\b|\bapply\b|\bprivacy\b|\bcookies?\b/i;

/** Wording of a benefit or perk listed as an item ("Paid parental leave", "401(k) match"). */
const BENEFIT =
  /\b401\s?\(?k\)?|\bpto\b|\bpaid (time off|leave|holidays?|vacation|parental|sick)|\b(parental|maternity|paternity|sick) leave\b|\bmedical\b|\bdental\b|\bvision (insurance|coverage|care|plans?)\b|\binsurance\b|\bpension\b|\bretirement\b|\bstock options?\b|\bequity\b|\bstipend\b|\breimburse|\ballowance\b|\bwellness\b|\bgym\b|\bholidays?\b|\bvacation\b|\btime off\b|\bsalary\b|\bcompensation\b|\bhome office\b|\b(learning|education|training|development|office|equipment|wellness) budget\b|\bperks?\b|\bbenefits?\b/i;
/** Words that make an item a requirement even when it mentions a benefit. */
const REQUIREMENT_HINT =
  /\b(experience[ds]?|ability|able to|knowledge|skills?|skilled|degree|proficien\w*|familiar\w*|understand\w*|expertise|background|certif\w*|fluent|fluency|track record|must|should)\b|\d\+?\s*(years|yrs)\b/i;
/** Pay wording, which never states a requirement even next to "experience". */
const PAY =
  /\b(base salary|salary range|pay range|pay transparency|total compensation|compensation (range|package)|bonus target|hiring range|pay (grade|rate)|per hour)\b|^[$€£]\s?\d|^(min|mid|max)(imum)?\s?[-–:]\s?[$€£]?\d/i;
/**
 * A "Field: value" fact about the job itself ("Location: Remote", "Start date : ASAP",
 * "You'll report to: VP of Engineering"), which pages list next to the requirements.
 */
const JOB_DETAIL =
  /^(?:job |work |working |base |employment |contract |shift )?(?:locations?|position|title|team|department|start(?: date)?|hours|schedule|shift(?: timing)?|holidays|pay(?: range| rate| grade)?|salary(?: range)?|company|category|level|type|business unit|environment|duration|length|time ?zone|(?:you ?(?:'|’)?ll |you will )?reports? to|direct reports|hiring manager)\s?[:：]/i;
/** Equal-opportunity wording, which never states a requirement. */
const EQUAL_OPPORTUNITY = /\bequal (employment )?opportunit|\bdiscriminat|\bwithout regard to\b/i;

/**
 * Whether a list item reads as a benefit or perk. Used on whole lists: a "requirements"
 * list that is mostly benefits was put under the wrong heading by the page it came from.
 *
 * @param text - A list item.
 * @returns True when the item names a benefit.
 */
export function looksLikeBenefit(text: string): boolean {
  return BENEFIT.test(text);
}

/**
 * Whether an item found among requirements is really a perk ("Generous paid parental
 * leave"), a fact about the job ("Location: Remote") or equal-opportunity text, which a badly structured page can put there. An
 * item that also asks for something ("Experience with benefits platforms") is kept.
 *
 * @param text - An item or sentence from a requirements section.
 * @returns True when it must not become a requirement.
 */
export function isPerkOrPolicy(text: string): boolean {
  if (EQUAL_OPPORTUNITY.test(text) || PAY.test(text) || JOB_DETAIL.test(text)) return true;
  // A lone hashtag ("#LI-Remote") is a job board's tracking tag.
  if (/^#[\p{L}\p{N}_-]+$/u.test(text) || /^#?LI-[\p{L}\p{N}_-]+$/iu.test(text)) return true;
  return BENEFIT.test(text) && !REQUIREMENT_HINT.test(text);
}

/**
 * The kind of a requirement given its own wording and the kind its section implies:
 * "must" or "required" make it required, "is a plus" or "preferred" make it preferred,
 * otherwise the section decides.
 *
 * @param text - The requirement's text.
 * @param fallback - The kind implied by its section.
 * @returns `required` or `preferred`.
 */
export function kindByWording(text: string, fallback: RequirementKind): RequirementKind {
  if (MUST.test(text)) return 'required';
  // "(Azure is a plus!)" qualifies a detail, not the whole item.
  if (PLUS.test(withoutAsides(text))) return 'preferred';
  return fallback;
}

/** A parenthesised marker that qualifies the whole item: "(bonus)", "(preferred)". */
const MARKER_ASIDE =
  /^\(\s*(bonus|plus|a plus|preferred|nice to have|nice-to-have|optional|desirable|desired|ideally)\s*!?\s*\)$/i;

/** The text without parenthesised asides, except asides that are a bare marker. */
function withoutAsides(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(/\([^()]*\)/g, (aside) => (MARKER_ASIDE.test(aside) ? aside : ''));
}

/**
 * Reads a prose sentence as a requirement, if its wording states one.
 *
 * @param sentence - One sentence of prose outside any requirements list.
 * @returns The requirement's kind, or `undefined` when the sentence is not a requirement.
 */
export function requirementInSentence(sentence: string): RequirementKind | undefined {
  if (isBoilerplate(sentence) || sentence.endsWith(':')) return undefined;
  if (MUST.test(sentence)) return 'required';
  if (PLUS.test(sentence)) return 'preferred';
  if (REQUIREMENT.test(sentence)) return 'required';
  return undefined;
}

/**
 * Whether a sentence found under a requirements heading words a requirement: the prose
 * triggers of {@link requirementInSentence} plus skills, degrees and "you have" phrasing.
 *
 * @param sentence - One sentence.
 * @returns True when the sentence asks something of the candidate.
 */
export function statesRequirement(sentence: string): boolean {
  return requirementInSentence(sentence) !== undefined || REQUIREMENT_BROAD.test(sentence);
}

/**
 * Whether a sentence is about pay, benefits, equal opportunity or applying, which is
 * never a requirement even when it says "must".
 *
 * @param sentence - A sentence or item.
 * @returns True for boilerplate wording.
 */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}
