/**
 * Reading one prose sentence: does it ask something of the candidate (a skill, a trait,
 * experience, a place or hours of work), and how sure is that? The cues are grammatical
 * frames, not topic words: a modal with the candidate as subject ("you must be…", "the
 * right candidate will have…", "candidates should…"), a predicate that rates a thing
 * ("…is a must", "…are necessary prerequisites", "…is desirable"), a search for a person
 * with qualities ("we are looking for someone with…", "…engineers who love…"), or an
 * invitation with a condition ("if you are…, apply"). Duties ("you will lead…", "you will
 * be expected to…"), pay, benefits, equal-opportunity and application text never count.
 */

import { readEligibility } from './eligibility-cues';
import { IF_YOU, INVITE, QUESTION } from './invitation-cues';
import { BOILERPLATE, DISCLAIMER, EQUAL_OPPORTUNITY } from './not-an-ask';
import type { RequirementKind } from './types';

/** Sentences longer than this are never read as one requirement (and stay linear). */
const MAX_SENTENCE = 600;

/** What a sentence's wording says about it as a requirement. */
export interface ProseReading {
  kind: RequirementKind;
  /** The words that decided, for the applicant ("cue: “is a must”"). */
  why: string;
  /** False for sentences only worth offering as "possibly a requirement". */
  sure: boolean;
  /** Whether the sentence's own words make it required ("must", "is required"). */
  hard: boolean;
  /**
   * Whether the wording asks so plainly that it counts even among perks ("We are looking
   * for engineers with…", "must", "is required"), where softer wording is about the job.
   */
  plain: boolean;
}

// Apostrophes may be curly, straight or lost in copy-paste ("you're", "youre").
const YOURE = String.raw`you(?:['’]?re| are)`;

/** Nouns of things a candidate has. */
const SKILL = String.raw`experience|skills?|knowledge|expertise|background|proficiency|fluency|familiarity|understanding|abilit(?:y|ies)|degree|leadership|track record|certifications?|communication`;

/** Subjects that stand for the candidate. */
const SUBJECT = String.raw`(?:you|candidates?|applicants?|(?:the|a|an|our) (?:\w+ ){0,3}(?:candidate|person|individual|applicant|hire|engineer|developer|manager|analyst|designer|architect|scientist|lead|specialist|teammate|colleague)s?|this (?:person|individual|candidate)|they)`;

/** Hard asks: the kind is `required` whatever else the sentence says. */
const REQUIRED_CUES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${SUBJECT},? (?:\w+ ){0,2}(?:must|shall)(?: also| still| absolutely)? (?:be|have|possess|hold|reside|live|demonstrate|show|know|bring|speak|understand|work)\b`,
    'i',
  ),
  /^must(?:[- ]haves?)?\b/i,
  /\b(?:is|are) (?:an? )?(?:absolute |definite )?must\b/i,
  /\b(?:is|are|be) (?:also |absolutely |strictly )?(?:required|mandatory|(?:a |an )?(?:necessary )?prerequisites?)\b(?! by\b| for (?:the )?performance\b| to (?!(?:have|be|hold|possess|speak|demonstrate|live|reside|relocate)\b))/i,
  /\btravel\b.{0,80}\b(?:is|are|be|will be|should be|may be) (?:also )?(?:required|expected|necessary)\b/i,
  /\b(?:apply|talk (?:with|to) us|reach out|get in touch|join us),? if (?:you(?:['’]?re| are)|you (?:have|enjoy|thrive|love|bring|know|can))\b/i,
  /\b(?:mandatory|necessary) (?:requirements?|prerequisites?)\b/i,
  new RegExp(
    String.raw`\b(?:role|position|job|work|opportunity|engineering|roles|positions) (?:\w+ ){0,3}(?:requires|require|demands|calls for)\b(?! you to (?!be\b|have\b|know\b|hold\b|possess\b|speak\b))(?= you to (?:be|have|know|hold|possess|speak)\b|[^.]{0,80}\b(?:${SKILL}|acumen|mindset|qualifications?|[a-z]+ing skills|english|written|spoken|verbal|fluent|proficient)\b)`,
    'i',
  ),
  new RegExp(
    String.raw`(?<!\b(?:everything|all|what|whatever|anything) )\b${SUBJECT}(?:['’]?ll| will| would| do| does)? (?:also )?(?:need|needs) to (?:be|have|possess|hold|know|demonstrate|show|understand|speak|reside|live)\b(?! about\b)`,
    'i',
  ),
  /\b(?:you(?:['’]?ll)?|candidates?) (?:will |would )?(?:also )?need (?:an?|strong|solid|proven|excellent|good|deep|\d)\b|\b(?:you(?:['’]?ll)?|candidates?) (?:will |would )?(?:also )?need (?:[\w-]+ ){0,3}(?:skills|experience|knowledge|expertise|background|understanding)\b/i,
  /\b(?:you|candidates?|applicants?) (?:will|would|may) (?:also )?be required to (?:be|have|hold|possess|obtain|travel|work|relocate|live|reside|pass|maintain|speak|demonstrate|commute)\b/i,
  /\bwill need (?:proven|strong|solid|deep|excellent|\d)/i,
  /\b(?:they|you)(?:['’]?ll| will) (?:also )?(?:have|possess|bring) (?!your\b)(?:an? |the )?(?:[\w-]+ ){0,2}(?:experience|background|knowledge|skills?|track record|understanding|expertise|degree|passion|desire|capabilit(?:y|ies)|abilit(?:y|ies)|drive|curiosity|mindset|attitude|eye)\b/i,
  /\bthey(?:['’]?ll| will) (?:also )?be (?:able to|eager|comfortable|proficient|fluent|familiar)\b|\byou(?:['’]?ll| will) (?:also )?be (?:eager|comfortable|proficient|fluent|familiar|skilled|experienced|adept|passionate)\b/i,
  /^your (?:[\w-]+ ){0,3}(?:understanding|expertise|experience|knowledge|background|skills?|proficiency|familiarity) (?:of|in|with|as)\b/i,
  /\bwe (?:also )?require (?:candidates|applicants|you|\d|(?:an? |at least |a minimum of )?(?:[\w-]+ ){0,2}(?:experience|knowledge|skills|degree|proficiency|fluency|background|understanding))\b|\b(?:role|position|job)\b.{0,40}\brequiring\b/i,
  /^(?:\d+\+? years|(?:strong|solid|proven|excellent|deep|extensive|demonstrated|hands-on|working) (?:[\w-]+ ){0,3}(?:experience|knowledge|skills|understanding|background|proficiency)|(?:experience|expertise|knowledge|proficiency|familiarity|fluency) (?:with|in|of)\b|(?:a |an )?(?:bachelor|master(?:['’]?s| of| degree)|bs|ms|ba|phd|degree)\b)/i,
  new RegExp(
    String.raw`(?:^|\b(?:the|an?|our) )(?:\w+ ){0,2}(?:ideal|right|successful|perfect|strong|good|great|qualified|top|best|strongest) (?:\w+ ){0,3}(?:candidates?|person|individual|applicants?|hire|fit|teammate|colleague|profile|engineer|developer|manager|analyst|designer|architect|scientist|leader|specialist|technologist)(?: (?:for|in) (?:this|the) (?:role|position|job))? (?:will|would|must|should|is|are|has|have|can|[a-z]{2,}[a-rt-z]s)\b(?! (?:be )?(?:identified|found|selected|hired|chosen|contacted|notified|design|develop|implement|create|deliver|support|maintain|ensure|mentor|write|responsible|working|joining|reporting|leading|tasked|part of|lead|manage|own|work|drive|build|stay|join|report|play|help|oversee|partner|collaborate))`,
    'i',
  ),
  new RegExp(
    String.raw`\b${SUBJECT} should (?:also |ideally )?(?!still|consider|apply|contact|send|submit|reach|feel free|join|get|check|talk|learn|visit|read|expect|receive|hear|have an? (?:great |good |clear |better |full )?(?:idea|sense|picture|view))\w+`,
    'i',
  ),
  /\b(?:we|i) (?:also )?(?:expect|want|need|require) (?:you|candidates|applicants|(?:our |all )?(?:[\w-]+ ){0,2}(?:engineers|managers|developers|leads|designers|analysts)|(?:our|all) [\w-]+s) to (?:be|have|know|possess|bring|demonstrate|show|understand|hold)\b/i,
  /\bwe(?:['’]?ll| will) want you to (?:be|have|know)\b/i,
  new RegExp(
    String.raw`\b${YOURE} (?:also )?expected to (?:be|have|possess|know)\b(?! (?:a )?part of)`,
    'i',
  ),
  /(?<!welcome |encourage |invite )\bcandidates? with (?:the |an? |strong |proven |solid )?(?:ability|experience|background|skills?|knowledge|expertise)\b/i,
  /\b(?:candidates|applicants) (?:who|that) (?:have|are|can|bring|possess)\b/i,
  /^(?:someone|somebody|an? (?:[\w-]+,? ){0,3}(?:person|individual|doer|go-getter|self-starter|leader|thinker|team player|problem[- ]solver|communicator|learner|builder|engineer|professional)) (?:who|with|that)\b/i,
  /\b(?:role|position|job) (?:\w+ ){0,2}(?:involves|entails|needs) (?:[\w-]+ ){0,2}(?:expertise|experience|knowledge|skills|proficiency|understanding)\b/i,
  /\bit(?: is|['’]s) (?:important|essential|crucial|critical|vital|key|necessary) (?:to us )?(?:that you|to have|to be|for you to)\b/i,
  /\bmust be (?:available|willing) to (?:work|travel|relocate|commute|be)\b/i,
  /\b(?:expects?|requires?|wants?) (?:all )?(?:candidates|applicants|you) to (?:be|have|know|possess|bring|demonstrate|show|understand|hold)\b/i,
  /^(?:candidates|individuals|people|applicants) (?:with|who)\b/i,
  /^(?:the|our|top|the best) (?:candidates?|applicants?|successful applicants?) (?:has|have|is|are|will|must|should|possess(?:es)?)\b(?! (?:be )?(?:contacted|notified|selected|invited|asked|required to (?!have|be)))/i,
  /(?<!\b(?:(?:do|does|did)n['’]?t|not) )\brequires? (?:a |an |strong |deep |solid |clear, |clear )?(?:[\w-]+,? (?:and )?){0,3}(?:knowledge|experience|skills|understanding|expertise|proficiency|communication|abilit(?:y|ies))\b/i,
  /\bthe (?:[\w-]+ ){0,3}(?:manager|engineer|developer|candidate|hire|person|analyst|designer|lead|architect|scientist|applicant) (?:will|should|must) (?:be (?:proficient|skilled|experienced|fluent|familiar|adept|comfortable|knowledgeable)|have (?:strong|solid|deep|proven|excellent|extensive|a strong|\d))\b/i,
  /\bopportunity for (?:an? |the )?(?:[\w-]+ ){0,2}(?:individual|person|candidate|someone|engineer|developer) (?:with|who)\b/i,
  /\bsuccess in (?:this|the) (?:role|position|job) (?:comes from|depends on|requires|means|hinges on|relies on)\b/i,
  /^(?:people|those|engineers|candidates|folks) who (?:succeed|thrive|excel|do well)\b/i,
  new RegExp(
    String.raw`\b${YOURE} (?:also )?an? (?:[\w-]+,? ){0,3}(?:individual|person|someone|self[- ]starter|learner|thinker|communicator|problem[- ]solver|team[- ]player|collaborator)\b`,
    'i',
  ),
  /^being (?:an? )?(?:[\w-]+ ){0,3}(?:experienced|skilled|seasoned|proven|expert)\b/i,
  /^(?:leveraging|using|drawing on|applying|with) your (?:[\w-]+ ){0,3}(?:expertise|experience|knowledge|skills|background)\b|\b(?:using|use|leveraging|leverage|drawing on|draw on|applying|apply|utiliz(?:e|ing)|utilis(?:e|ing)) your (?:[\w-]+ ){0,3}(?:expertise|experience|knowledge|skills) (?:in|of|with|and)\b/i,
  /\bwe (?:also )?(?:appreciate|value|admire|prize) [\w ,-]{0,60}?\b(?:willingness|readiness|abilit(?:y|ies)|curiosity|eagerness|passion|mindset)\b/i,
  /^(?:current |recent )?(?:university |college )?(?:students|graduates)\b/i,
  /\b(?:is|are) (?:a |an )?(?:skills?|qualit(?:y|ies)|traits?|strengths?) (?:that )?we (?:value|look for|prize|need|expect)\b/i,
  /\bwe (?:care) (?:much |a lot |far )?(?:more |most )?(?:about) your (?:[\w-]+,? ){0,3}(?:skills?|experience|abilit(?:y|ies)|knowledge|background|craft|curiosity|passion)\b/i,
  /\b(?:fit|match|place|role|team|job|position)(?: for (?:you|this|the)(?: (?:role|position|team))?)? if you\b|\b(?:thrive|succeed|excel|do well|shine)(?: in this (?:role|position))? if you\b/i,
  /\b(?:ideal|perfect|great|right|suited|designed|built|made|(?:great|good|perfect|ideal) fit) for (?:someone|somebody|anyone|a person|those|individuals|candidates|people|an? [\w-]+) (?:who|with|that)\b/i,
];

/** Searches for a person, with the qualities that follow. */
const SEARCH =
  /\b(?:looking for|seeking|searching for|in search of|(?:we(?:['’]?re| are)|currently|actively|now) hiring|look (?:first and foremost |primarily |especially |mainly )?for|seek|hoping to find|focused on finding|want to (?:hire|find|meet)|looking to (?:hire|onboard|add|bring on|welcome|find))\b/i;
/** What makes a search describe the candidate rather than only name the job. */
const SEARCH_QUALITY =
  /^(?:looking for|seeking|searching for|look for) (?:[\w-]+ )?(?:expertise|experience|knowledge|skills|potential|curiosity|passion)\b|\b[\w-]+(?:ive|ous|ful|ed|ic|ble)(?:,| and)? (?:[\w-]+ )?(?:individuals|people|minds|folks|humans) to join\b|\b(?:someone|somebody|anyone)\b(?! to\b)|\b(?:people|individuals|folks|persons|team members|teammates|team players|candidates?|minds|humans|someone|person|individual) (?:who|that|with|well[- ]versed|skilled in|experienced in|proficient in)\b(?! will\b| wants? to\b)|\b(?:based|located|residing) in (?!our\b|the office)|\bwho(?: also)? (?:is|are|has|have|can|brings?|loves?|enjoys?|thrives?|strives?|takes?|believes?|knows?|shares?|thinks?|understands?|values?|demonstrates?|embraces?|combines?|possess(?:es)?|cares?|does|do|will (?:thrive|enjoy|love|excel|bring|have))\b|\bwith (?:an? |the |your )?(?:[\w-]+,? ){0,4}(?:experience|expertise|background|passion|knowledge|skills?|track record|understanding|abilit(?:y|ies)|history|desire|commitment|degree|minimum|proficiency|familiarity|mindset|love|grasp|command|eye for)\b|,? (?:eager|passionate|proficient|fluent|experienced|skilled) (?:in|about|to|with)\b/i;

/** Ratings that make a thing a plus. */
const PLUS_CUES: readonly RegExp[] = [
  /\b(?:is|are|be|also|would be|will be|as) (?:also |very |highly |considered |definitely |always )?(?:an? )?(?:\w+ )?(?:plus|bonus|advantage)\b(?!\s*(?:eligible|programs?|plans?|targets?|structure|scheme|pay|payments?|opportunit))/i,
  /\b(?:is|are|be|would be|will be) (?:an? )?(?:great |real |big |huge |valuable |definite |strong |added |major |distinct |significant )?asset\b/i,
  /\b(?:is|are|be|would be|will be) (?:also |very |highly |extremely )?(?:desirable|desired|preferred|advantageous|nice to have|a nice[- ]to[- ]have)\b/i,
  /\bit (?:will|would|is) (?:also )?be (?:an? )?(?:advantageous|plus|bonus|beneficial|great|nice|ideal)\b/i,
  /\b(?:nice|good) to have\b|\b(?:bonus|extra|brownie) points (?:for|if)\b|\bpluses\b/i,
  /^ideally\b|\bwe(?:['’]?d| would) (?:also )?love (?:it )?(?:if you|to see|for you to have)\b/i,
  /\bnot (?:required|mandatory|essential),? but\b|\bbut not (?:required|mandatory|essential)\b/i,
  /\bpreference (?:will be|is) given\b|\bwe (?:also )?prefer\b|^bonus\b|\bbonus if\b|\bextra credit\b/i,
  /\b(?:preferred|desired|a plus|a bonus|an advantage|nice to have)[.!]?$|\w (?:is |are )?(?:preferred|desired)[;,]/i,
];

/** The candidate described directly: "You are curious", "You have strong testing skills". */
const YOU_ARE = new RegExp(
  String.raw`^(?:${YOURE}|you,? (?:like us,? )?(?:are|aren['’]?t|have|bring|possess|know|love|enjoy|thrive|understand|value|care|take|follow|make|like|really care|hold|thrive|get excited|communicate|speak|focus|never|always))\b(?! (?:the |an? )?(?:that\b|guaranteed|offered|given|provided|covered|paid|central|critical|key|essential|vital|instrumental|integral|crucial|important|in the right place|(?:real|unique|great|amazing|rare|incredible) (?:opportunity|chance)|opportunity|chance|option|freedom|support|flexibility|access|able to work|responsible|accountable|joining|going to|welcome|eligible|entitled|invited|encouraged|part of|in good hands|expected|asked|about to|also expected|lot|lots|plenty|fun|circumstances))`,
  'i',
);

/** Weaker wording: worth offering as "possibly a requirement", not taking. */
const POSSIBLE =
  /\bexperience (?:with|in|of|building|working|leading|managing)\b|\bfamiliar(?:ity)? with\b|\bknowledge of\b|\bproficien(?:t|cy)\b|\bfluen(?:t|cy) in\b|\b\d+\+? years\b|\bdegree\b|\bunderstanding of\b|\bexpertise in\b|\bbackground in\b|\btrack record\b|\bability to\b/i;

/** Duties: what the person will do, never a requirement. */
const DUTY =
  /^(?:you(?:['’]?ll| will| would)|(?:the|this) (?:role|position|person|hire) will) (?!need\b|have (?:an?|experience|strong|solid|deep|proven|excellent)\b|be (?:required|comfortable|able|fluent|proficient|expected to (?:be|have)))|\b(?:will|would) be expected to\b|\b(?:are|is) (?:responsible|accountable) for\b/i;

/** Lead-in framing that adds nothing to the ask. */
const FRAMING =
  /^(?:(?:note|please note|important|nb)\s*[:：-]\s*|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|also|additionally|above all|in addition|most importantly|lastly),\s+|for (?:this|the) (?:role|position|job),?\s+|in (?:this|the) (?:role|position),?\s+|to (?:succeed|be successful|thrive|excel)(?: in (?:this|the|our) [\w ]{1,40}?)?,?\s+(?=you\b)|as (?:a|an|the|part of|one of|a member of) [^,.;:]{1,80}?(?:,\s*|\s+(?=you\b)))/i;

/**
 * Removes lead-in framing that adds nothing to the ask: "As an engineering manager at
 * Canonical, you must be…" becomes "You must be…", "For this role you must…" becomes
 * "You must…", "NOTE: Candidates must…" becomes "Candidates must…".
 *
 * @param sentence - A cleaned sentence.
 * @returns The sentence from its ask on, with a capital first letter.
 */
export function trimFraming(sentence: string): string {
  let text = sentence;
  for (let i = 0; i < 3; i++) {
    const framing = FRAMING.exec(text);
    if (framing === null || framing[0].length >= text.length - 10) break;
    text = text.slice(framing[0].length);
  }
  if (text === sentence) return sentence;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The cue text to show, short. */
function quote(match: RegExpExecArray): string {
  return quoteText(match[0]);
}

function quoteText(cue: string): string {
  const words = cue.trim().split(/\s+/);
  return `cue: “${words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ')}”`;
}

/** Ratings that make an ask only when a thing the candidate has comes just before. */
const RATED_REQUIRED =
  /\b(?:is|are) (?:also |absolutely )?(?:an? )?(?:essential|paramount|necessary|critical|key|vital|important)\b|\b(?:is|are|be) (?:also )?needed\b|\b(?:will|would) be (?:crucial|essential|critical|key|vital|important) (?:for|to|in) (?:your |our )?(?:success|succeed|being successful|thriv|excel)/i;
const RATED_PLUS =
  /\b(?:is|are|would be|will be) (?:also |very |highly |extremely )?(?:beneficial|helpful|useful|handy|valued|welcome|appreciated)\b/i;
const SKILL_WORD = new RegExp(String.raw`\b(?:${SKILL})\b`, 'i');
/** How far before a rating the thing rated may start. */
const RATED_REACH = 200;

/** A rating of a thing the candidate has ("Strong SQL skills are essential"), quoted. */
function ratedCue(rating: RegExp, text: string): string | undefined {
  const found = rating.exec(text);
  if (found === null) return undefined;
  const before = text.slice(Math.max(0, found.index - RATED_REACH), found.index);
  // "We believe diversity of experience is key…" states a value, not an ask.
  if (/\b(?:we believe|for us|we think)\b/i.test(before)) return undefined;
  return SKILL_WORD.test(before) ? quote(found) : undefined;
}

/**
 * Words one of which every hard cue contains: most sentences of company and benefits
 * text have none, and are spared the costlier cue scan.
 */
const MAY_REQUIRE =
  /must|shall|requir|mandatory|we value|we look|we prize|students|graduates|utili[sz]|opportunity for|^the |^top |^(?:candidates|individuals|people|applicants) |qualified|successful|appreciate|value|admire|prize|using|leveraging|drawing on|applying|eligib|crucial|involv|entail|interested|legal right|right to work|demand|calls for|success|succeed|thrive|excel|^being|\bcare\b|designed|built for|made for|anyone|needed|prerequisite|travel|need|expect|want|candidate|applicant|person|individual|hire|hiring|fit\b|teammate|colleague|profile|should|\byou|they|sponsor|only|exclusively|authori[sz]|open to|someone|somebody|ideal|perfect|suited|essential|paramount|necessary|critical|\bkey\b|vital|important|^(?:\d|strong|solid|proven|excellent|deep|extensive|demonstrated|hands-on|working|experience|knowledge|proficiency|familiarity|fluency|bachelor|master(?:['’]?s| of| degree)|bs\b|ms\b|ba\b|phd|degree|an?\s)/i;

/** One regex for a list of cues, so most sentences cost one scan, not one per cue. */
function anyOf(cues: readonly RegExp[]): RegExp {
  return new RegExp(cues.map((cue) => `(?:${cue.source})`).join('|'), 'i');
}

const ANY_REQUIRED = anyOf(REQUIRED_CUES);
const ANY_PLUS = anyOf(PLUS_CUES);

/** The first cue of a list matching the text, quoted for `why`. */
function firstCue(any: RegExp, cues: readonly RegExp[], text: string): string | undefined {
  if (!any.test(text)) return undefined;
  for (const cue of cues) {
    const found = cue.exec(text);
    if (found !== null) return quote(found);
  }
  return undefined;
}

/**
 * Reads one prose sentence as a requirement.
 *
 * @param sentence - A sentence, cleaned and trimmed of framing (see {@link trimFraming}).
 * @returns The kind, the cue that decided and whether the parser is sure; `undefined`
 *   when the sentence is not a requirement at all.
 */
export function readProseSentence(sentence: string): ProseReading | undefined {
  if (sentence.length > MAX_SENTENCE || sentence.length < 12) return undefined;
  if (/[:：]$/.test(sentence) || DISCLAIMER.test(sentence)) return undefined;
  if (EQUAL_OPPORTUNITY.test(sentence)) return undefined;
  // Who may work where is asked even in pay and hiring-practice text.
  const eligible = readEligibility(sentence);
  if (eligible !== undefined) {
    const hard = eligible.kind === 'required';
    return { kind: eligible.kind, why: quoteText(eligible.cue), sure: true, hard, plain: true };
  }
  if (BOILERPLATE.test(sentence)) return undefined;
  const reading = readAsk(sentence);
  if (reading !== undefined) return reading;
  // "A startup person: You aren't driven by titles…": a trait named, then the ask.
  const label = LABEL.exec(sentence);
  return label === null ? undefined : readAsk(sentence.slice(label[0].length));
}

/** A short label before a colon that opens a sentence ("Detail-oriented: …"). */
const LABEL = /^(?:an? )?[\p{L}\p{N}'’ -]{2,30}?\s?[:：]\s+(?=\S)/u;

/** Reads a sentence already cleared of boilerplate. */
function readAsk(sentence: string): ProseReading | undefined {
  // "Bonus Points!" is a heading left in a paragraph, not an ask.
  if (sentence.length < 12 || sentence.split(/\s+/).length < 3) return undefined;
  const required = MAY_REQUIRE.test(sentence)
    ? (firstCue(ANY_REQUIRED, REQUIRED_CUES, sentence) ?? ratedCue(RATED_REQUIRED, sentence))
    : undefined;
  const plus = firstCue(ANY_PLUS, PLUS_CUES, sentence) ?? ratedCue(RATED_PLUS, sentence);
  if (plus !== undefined && !/\bmust\b|(?<!not )\brequired\b|\bmandatory\b/i.test(sentence)) {
    return { kind: 'preferred', why: plus, sure: true, hard: false, plain: false };
  }
  if (required !== undefined) {
    return { kind: 'required', why: required, sure: true, hard: true, plain: true };
  }
  const question = QUESTION.exec(sentence);
  if (question !== null) {
    return { kind: 'required', why: quote(question), sure: true, hard: false, plain: false };
  }
  if (DUTY.test(sentence) || sentence.endsWith('?')) return undefined;
  const search = SEARCH.exec(sentence);
  if (search !== null) {
    const quality = SEARCH_QUALITY.exec(sentence.slice(search.index));
    if (quality !== null) {
      return { kind: 'required', why: quote(search), sure: true, hard: false, plain: true };
    }
  }
  const invitation = IF_YOU.exec(sentence);
  if (invitation !== null && INVITE.test(sentence.slice(invitation.index))) {
    return { kind: 'required', why: quote(invitation), sure: true, hard: false, plain: false };
  }
  const you = YOU_ARE.exec(sentence);
  if (you !== null) {
    return { kind: 'required', why: quote(you), sure: true, hard: false, plain: false };
  }
  const possible = POSSIBLE.exec(sentence);
  if (possible !== null) {
    return { kind: 'required', why: quote(possible), sure: false, hard: false, plain: false };
  }
  return undefined;
}
