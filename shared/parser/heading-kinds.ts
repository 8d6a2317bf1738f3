/**
 * What a section is about, judged from its heading's wording. Headings are compared in a
 * normalised form (lower case, apostrophes dropped, punctuation as spaces) so "What
 * you'll do", "WHAT YOU’LL DO:" and the apostrophe-less "What youll do" all read alike.
 */

import { looksStyledAsHeading } from './heading-lines';
import type { SectionKind } from './types';

/** Section kinds a heading can name (`other` is the absence of a match). */
type NamedKind = Exclude<SectionKind, 'other'>;

/** Headings longer than this are sentences, not headings; they are never classified. */
const MAX_HEADING_LENGTH = 160;

/**
 * Phrases per kind, as regex sources over the normalised heading: `strong` phrases read
 * as headings wherever they occur ("What we are looking for in you"), `weak` ones are
 * single generic words ("experience", "skills") that also start many list items, so a
 * plain-text line counts as a heading by them only when it is very short. When several
 * kinds match, the one matching earliest in the heading wins ("Preferred qualifications"
 * is a nice-to-have; "About the role" is a summary); ties go to the kind listed first.
 */
const KIND_PHRASES: readonly (readonly [NamedKind, string, string])[] = [
  [
    'equal-opportunity',
    String.raw`equal (employment )?opportunit|\beeoc?\b|affirmative action|discriminat|égalité|diversité|\beoe\b|e verify|posting statement|pari opportunit`,
    String.raw`\bdiversity\b|\binclusion\b|\binclusive\b|\baccommodations?\b|\bbelonging\b|\bdei\b`,
  ],
  [
    'nice-to-haves',
    String.raw`\b(nice|good|great) to haves?\b|\bpreferred\b|bonus points|\bpluses\b|\bdesir(ed|able)\b|\bideally\b|additional (skills|qualifications|experience)|(might|may) also (bring|have)|\bstand out\b|sets you apart|extra (credit|points)|brownie points|not required|\bw(oul|e)d love\b|even better|\bdiferencia(l|is)\b|mile widziane|souhait|un plus|wünschenswert|von vorteil|deseable|valorad|caratteristiche interessanti|gern gesehen|pluspunkt|atout|(would be|is|are|as) an? (big |huge |strong |great |definite |real )?plus\b|\ba plus\b`,
    String.raw`\bbonus\b|\bplus\b|\boptional\b|\bassets?\b`,
  ],
  [
    'requirements',
    String.raw`requirements?\b|\brequired\b|qualifications?\b|who you are(?! (?:working|joining))|about you\b|what (you ll|youll|you will|you|you d|youd) (bring|need|have)\b|you ll need|youll need|what (we re|were|we are|we|im|i m) (looking|look) for|looking for\b|we look for|^you (have|bring|should have|will have|must have|need|are)$|\bmust haves?\b|ideal candidate|\bcandidates? (will|should|must|would) (have|be|possess|bring|need)\b|\b(successful|right|perfect|strong) (\w+ ){0,3}candidates?\b|what it takes|is this you|sounds? like you|^are you (a |an |the )?(good |great |right )?(fit|match)|\bwho are you\b|prerequisite|minimum (requirements|qualifications)|apply if|to succeed\b|to be successful|\b(good|great|right|perfect) (fit|match|person|candidate)\b|what we expect|skills (and|&) experience|votre profil|dein profil|ihr profil|profil recherch|compétences|competencias|requisitos|anforderungen|wymagania|mitbring|qualifikation|exigences|qui (êtes vous|es tu)|what you should have|what (we|do we) need|what does it take|what you need to|probably a match|is that you|who you might be|qualities|\byou ll bring\b|\byoull bring\b|\byou bring\b|^you$|requisiti|competenze|idealn\w* kandydat|czego oczekujemy|o que (buscamos|procuramos)|lo que buscamos|wat vragen wij|wie ben (jij|je)|functie eisen|wat breng je mee|esperamos de|qué buscamos|que buscamos|buscamos|perfil buscado|tu perfil|seu perfil|o que esperamos`,
    String.raw`\bskills?\b|\bexperiences?\b|\bexpertise\b|\bknowledge\b|competenc|\bprofile\b|\bbackground\b|\beducation\b|\bprofil\b|\bperfil\b|\bminimum\b`,
  ],
  [
    'responsibilities',
    String.raw`responsibilit|what (you ll|youll|you will|you d|youd|you) (be )?(do|doing|work on|working on|own|achieve|accomplish|build|focus on)\b|what will you (be )?(do|doing)\b|responsible for|day to day|day in the life|\byour day\b|typical day|\byour role\b|in this role|\byour mission\b|\byour impact\b|impact you|key activities|accountabilit|\bjob functions?\b|essential functions|vos missions|votre r[oô]le|aufgaben|responsabilidades|funciones|obowiązki|zadania|get to do|\byou (will|ll)$|\byoull$|you (will|ll) be (doing|working on)|will i be doing|make an impact|the difference you will make|your way to impact|focused on\b|get ready to|mansion|responsabilit|cosa farai|obowiąz|będziesz|atividades|wat ga je doen|je taken|deine rolle|you ll spend|youll spend|spend (your|most of your) time`,
    String.raw`\bduties\b|\btasks?\b|\bmissions\b`,
  ],
  [
    'benefits',
    String.raw`benefit|\bperks?\b|what we offer|\boffers? you\b|\bwe offer\b|\bour offer|what (you ll|youll|you will|you) get\b|in it for you|compensation|\bsalary\b|pay (range|transparency)|total rewards|why (join|work)|you ll love|youll love|\bwhy us\b|what we provide|\bwe provide\b|what you can expect|support you\b|avantages|nous (vous )?(offrons|proposons)|beneficios|benefícios|ofrecemos|wir bieten|oferujemy|(can|will|we) offer you|on offer|youll enjoy|you ll enjoy|take care of you|time off|flexible working|hiring ranges?|offriamo|dlaczego warto|oferecemos|wat bieden wij|wat wij bieden|well being|wellbeing|employees (receive|enjoy)|you (ll|will) receive|youll receive|are we offering|we are offering|we re offering|were offering|leistungen|vorteile|unser angebot|das bieten wir|wat wij bieden`,
    String.raw`\bpay\b|\brewards?\b|\bpackage\b|\bequity\b`,
  ],
  [
    'summary',
    String.raw`about (the|this) (role|job|position|opportunity)|\boverview\b|\bsummary\b|job description|\bthe (role|position|opportunity|job)\b|\bintroduction\b|\ble poste\b|du poste`,
    String.raw`\bdescription\b|\bposition\b|\bopportunity\b|^role\b`,
  ],
  [
    'about',
    String.raw`^about\b|who we are|who are we\b(?! looking)|\bour (story|mission|values|culture|company|team|vision|purpose|history|investors|customers)\b|company description|\bthe team\b|^what is (?!the )|get to know us|\blife at\b|\bworking at\b|\bprivacy\b|fraud|how to apply|(application|interview|hiring|recruitment) process|next steps|qui sommes nous|quiénes somos|über uns|\bo nas\b|description de l ?entreprise|l ?entreprise\b|présentation de|how we work|what we do\b|what do we do|what makes .* special|(our|core) values|what we value|the engineering team|want to know more about us|most proud of|disclaimer|chi siamo`,
    String.raw`^why\b|\bcompany\b|\bculture\b|entreprise|\bsobre\b|\bmission\b`,
  ],
];

/**
 * Words a plain-text heading decided by a weak phrase may consist of: "Technical Skills",
 * "Education", "Skills & Experience" are headings, "Experience with Go" is an item.
 */
const WEAK_HEADING_WORDS = new Set([
  'skills',
  'skill',
  'experience',
  'experiences',
  'expertise',
  'knowledge',
  'competencies',
  'competences',
  'profile',
  'background',
  'education',
  'technical',
  'professional',
  'work',
  'key',
  'core',
  'required',
  'your',
  'the',
  'and',
  'our',
  'tech',
  'tasks',
  'duties',
  'missions',
  'perks',
  'package',
  'pay',
  'rewards',
  'description',
  'position',
  'opportunity',
  'role',
  'company',
  'culture',
  'minimum',
  'bonus',
  'plus',
  'optional',
  'assets',
  'mission',
  'job',
  'general',
  'soft',
  'hard',
  'relevant',
  'desired',
  'additional',
  'main',
  'why',
  'profil',
  'perfil',
  'entreprise',
  'sobre',
  'la',
  'le',
  'el',
  'de',
  'du',
  'a',
  'an',
  'essential',
  'necessary',
  'important',
  'basic',
  'preferred',
  'nice',
  'must',
  'have',
  'requirements',
  'qualifications',
  'other',
  'specific',
  'functional',
  'personal',
]);

const COMPILED = KIND_PHRASES.map(
  ([kind, strong, weak]) => [kind, new RegExp(strong), new RegExp(weak)] as const,
);

/**
 * Puts a heading in the form the phrase lists expect: lower case, apostrophes removed
 * (so "you'll" and "youll" agree), other punctuation and emoji turned into spaces.
 *
 * @param heading - Heading text, markdown already removed.
 * @returns The normalised heading, or `''` when it is too long to be a heading.
 */
export function normalizeHeading(heading: string): string {
  if (heading.length > MAX_HEADING_LENGTH) return '';
  return heading
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A heading's kind and where in the normalised heading the deciding phrase starts. */
export interface HeadingMatch {
  kind: NamedKind;
  /** Offset of the match in the normalised heading. */
  index: number;
  /** Whether a strong phrase decided (weak ones are generic single words). */
  strong: boolean;
}

/**
 * Finds which kind of section a heading names.
 *
 * @param heading - Heading text, markdown already removed.
 * @param allowWeak - Whether weak phrases (generic words) may decide.
 * @returns The kind whose phrase occurs earliest, or `undefined` for unknown wording.
 */
export function matchHeading(heading: string, allowWeak = true): HeadingMatch | undefined {
  const normal = normalizeHeading(heading);
  if (normal === '') return undefined;
  // A strong phrase anywhere beats a generic word ("Position Responsibilities" is about
  // responsibilities, not a summary of the position).
  let best: HeadingMatch | undefined;
  for (const [kind, strong] of COMPILED) {
    const found = strong.exec(normal);
    if (found && (best === undefined || found.index < best.index)) {
      best = { kind, index: found.index, strong: true };
    }
  }
  if (best !== undefined || !allowWeak) return best;
  for (const [kind, , weak] of COMPILED) {
    const found = weak.exec(normal);
    if (found && (best === undefined || found.index < best.index)) {
      best = { kind, index: found.index, strong: false };
    }
  }
  return best;
}

/**
 * Classifies a heading that is surely a heading (markdown `#` or a bold line): any phrase
 * anywhere in it counts.
 *
 * @param heading - Heading text, markdown already removed.
 * @returns The section kind, `other` when the wording is unknown.
 */
export function classifyHeading(heading: string): SectionKind {
  return matchHeading(heading)?.kind ?? 'other';
}

/** Most words before the deciding phrase of a lead-in ending in a colon. */
const MAX_LEAD_IN_OFFSET = 8;

/** Counts the words of a normalised heading before `end`. */
function wordsBefore(normal: string, end: number): number {
  let words = 0;
  for (let i = 0; i < end && i < normal.length; i++) if (normal[i] === ' ') words++;
  return words;
}

/**
 * Classifies a plain-text line that might be a heading. Plain lines are often list items,
 * so a strong phrase must start within the first three words ("Take responsibility for…"
 * is an item, "Key responsibilities" a heading) and a weak word decides only in a line
 * made of such words ("Technical skills" is a heading, "Experience with Go" an item).
 * Equal-opportunity statements match anywhere: their wording is unmistakable ("Canonical
 * is an equal opportunity employer").
 *
 * @param heading - The candidate line, markdown already removed.
 * @param leadIn - Whether the line ended in a colon.
 * @returns The section kind, or `undefined` when the line does not read as a heading.
 */
export function classifyPlainHeading(heading: string, leadIn = false): NamedKind | undefined {
  const normal = normalizeHeading(heading);
  if (normal === '') return undefined;
  const onlyWeakWords = normal.split(' ').every((word) => WEAK_HEADING_WORDS.has(word));
  const match = matchHeading(heading, onlyWeakWords);
  if (match === undefined) return undefined;
  if (match.kind === 'equal-opportunity' && match.strong) return match.kind;
  const before = wordsBefore(normal, match.index);
  // A lead-in may name its kind a little later ("It will be a plus if you have:").
  if (before > (leadIn ? MAX_LEAD_IN_OFFSET : 2)) return undefined;
  // A third word naming the kind makes a heading only when styled as one: "Key Technical
  // Requirements" is a heading, "Analyze business requirements" an item. A lead-in ending
  // in a colon ("In addition, bonus points for:") announces itself.
  return before < 2 || leadIn || looksStyledAsHeading(heading) ? match.kind : undefined;
}

/** Headings that are surely headings but name no kind we track ("Additional information"). */
const KNOWN_OTHER =
  /^(additional|other|more|further) (information|info|details)$|^(the )?(practicals|logistics|practical information)$|^informations? (supplémentaires|complémentaires)$|^job (details|category|type|info)$|^(tech|technology|our|the) stack$|^(technologies|tech stack|location|locations|work location|travel|schedule|shift)$|^weitere informationen$|^información adicional$/;

/**
 * Whether a plain line is a heading by its wording even though its kind is `other`: it
 * ends the section before it ("Informations supplémentaires", "Job Details").
 *
 * @param heading - The candidate line, markdown already removed.
 * @returns True for known headings of no tracked kind.
 */
export function isKnownOtherHeading(heading: string): boolean {
  return KNOWN_OTHER.test(normalizeHeading(heading));
}
