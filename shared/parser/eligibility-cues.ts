/**
 * Conditions on who may take the job at all: where the candidate lives or works from,
 * and their right to work there. Postings state these in many shapes ("We are unable to
 * sponsor visas", "employees can not be located in…", "we do accept candidates from
 * anywhere in Europe", "Preference for candidates on Eastern Time"), often inside pay or
 * hiring-practice paragraphs, so these cues are read even where other prose is not.
 */

/** The candidate's right to work: sponsorship refused or not needed. */
const SPONSORSHIP = [
  String.raw`\b(?:unable|not able) to (?:sponsor|offer (?:visa )?sponsorship|offer remote work)\b`,
  String.raw`\b(?:does|do|will|can|cannot|can['’]t) not? (?:sponsor|provide (?:\w+ )?sponsorship|offer (?:\w+ )?sponsorship|support (?:\w+ )?sponsorship)\b`,
  String.raw`\bsponsorship\b[^.]{0,40}?\b(?:is|are) (?:currently )?(?:not (?:available|offered|provided|possible)|unavailable)\b`,
  String.raw`\bwithout (?:the need for |requiring |needing )?(?:\w+ ){0,3}sponsorship\b`,
  String.raw`\b(?:must|should) (?:be (?:legally )?(?:authori[sz]ed|eligible|permitted) to work|have (?:the |a )?(?:legal )?right to work)\b`,
  String.raw`\b(?:contingent (?:up)?on|must|required|need)\b[^.]{0,60}\b(?:right|authori[sz](?:ed|ation)|eligib(?:le|ility)) to work\b`,
];

/** Where the candidate may live or work from. */
const PLACE = [
  String.raw`\b(?:must|should|will need to) (?:have (?:their|your|a) (?:primary )?residence|reside|live|be (?:located|based|resident|residing))\b`,
  String.raw`\b(?:un|not )(?:able|eligible) to (?:hire|employ|consider|accept|support|work with) (?:\w+ ){0,2}(?:in|from|candidates|applicants|people|employees|residents)\b`,
  String.raw`\brequire that (?:all )?(?:employees|candidates|applicants|you) (?:be|are) (?:authori[sz]ed|eligible|permitted)\b`,
  String.raw`\bnot (?:be )?eligible (?:for (?:employment|this (?:role|position)|(?:\w+ )?sponsorship|(?:\w+ )?visa)|to (?:work|apply|be performed|be (?:located|based)))\b`,
  String.raw`\bonly (?:consider(?:ing)?|accept(?:ing)?|hir(?:e|ing)|employ(?:ing)?|recruit(?:ing)?) (?:candidates|applicants|people|residents|in|from)\b|\bonly applica(?:tions|nts) from\b`,
  String.raw`\b(?:requirement|need|have|required|expected) to (?:be (?:based|located|resident|residing)|live|reside)\b`,
  String.raw`\b(?:can ?not|cannot|can['’]t|may not|must not|will not) be (?:located|based|residing|resident|living)\b`,
  String.raw`\bwill not (?:be )?support(?:ing)? (?:work|employees|candidates|remote work) (?:based |located )?(?:out of|in|from)\b`,
  String.raw`\b(?:accept|consider|hire|welcome) (?:candidates|applicants|people|talent) (?:from|in|located|based|residing)\b`,
  String.raw`\b(?:candidates|applicants) (?:in|from|located in|based in|residing in) [^.]{1,60}\bonly\b`,
  String.raw`\b(?:open only|only open) to (?:candidates|applicants|residents|people)\b|\bopen to (?:candidates|applicants|residents|people) [^.]{1,60}\bonly\b|\b(?:can|will) only (?:hire|accept|consider|employ)\b`,
  String.raw`\bexclusively for (?:current )?\w+ residents\b|\bauthori[sz]ed to (?:support|hire|employ)\b|\bdo not hire in\b`,
  String.raw`\b(?:currently |actively )?hiring (?:for this (?:role|position) )?(?:only )?in (?!\d)`,
  String.raw`\bif (?:a |the )?(?:candidate|applicant) (?:resides|lives|is (?:located|based))\b`,
];

/** A place or time zone that is wanted, not required. */
const PLACE_PREFERRED = [
  String.raw`\bpreference (?:for|to|is given to|will be given to) (?:candidates|applicants|people|those)\b`,
  String.raw`\b(?:candidates|applicants) (?:in|from|located in|based in) [^.]{0,60}\b(?:are|will be) (?:encouraged|preferred|prioriti[sz]ed)\b`,
];

const anyOf = (sources: readonly string[]): RegExp =>
  new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'i');

const REQUIRED = anyOf([...SPONSORSHIP, ...PLACE]);
const PREFERRED = anyOf(PLACE_PREFERRED);

/** What an eligibility sentence asks, with the words that decided. */
export interface EligibilityReading {
  kind: 'required' | 'preferred';
  cue: string;
}

/**
 * Reads a sentence as a condition on where the candidate works from or their right to
 * work there.
 *
 * @param sentence - A cleaned sentence.
 * @returns The kind and the matching words, or `undefined` when it states no such
 *   condition.
 */
export function readEligibility(sentence: string): EligibilityReading | undefined {
  const preferred = PREFERRED.exec(sentence);
  if (preferred !== null) return { kind: 'preferred', cue: preferred[0] };
  const required = REQUIRED.exec(sentence);
  return required === null ? undefined : { kind: 'required', cue: required[0] };
}
