/**
 * Text that is never a requirement, whatever its wording: pay, benefits, equal
 * opportunity, privacy and hiring-process text, and notes to applicants ("apply even if
 * you don't meet every requirement").
 */

/** "Apply even if you don't meet every requirement" and other notes to applicants. */
export const DISCLAIMER =
  /\b(?:don['’]?t|do not|doesn['’]?t|does not) (?:meet|match|align|check|tick|have every)|\bevery (?:single )?(?:qualification|requirement)|\b100 ?%|\bapply anyway|\bqualifications? (?:fall|don['’]?t match|do not match)\b|\bconsider applying\b|\bthird[- ]party\b|\bsubmit(?:ting)? (?:your|an?) application\b|\b(?:how|where|in order|when you are ready) to apply\b|\bto apply,? (?:please|click|send|visit|go|use|fill)\b|\bapplication (?:process|form)\b/i;

/** Pay, benefits, equal opportunity, privacy and hiring-process text. */
export const BOILERPLATE =
  /\bequal (?:employment )?opportunit|\bdiscriminat|\b(?:race|religion|gender|veteran|disabilit(?:y|ies)|ethnicity|sexual orientation)\b|\baccommodation|\bsalary\b|\bbase pay\b|\bcompensation\b|\bbenefits\b|\bpaid time off\b|\b401\(?k\)?|\binsurance\b|\bresumes?\b|\bcv\b|\bcover letter\b|\bprivacy (?:policy|notice|statement|act)\b|\bpersonal (?:data|information)\b|\bcookies?\b|\bbackground (?:check|verification|screening)|\be-?verify\b|\bcitizenship status\b|\bimmigration\b|\brecruit(?:er|ers|ing|ment)\b|\binterview(?:s|ing)?\b|\bvaccinat|\bdisclos(?:e|ure)\b|\bbrokerage\b|\bcode of conduct\b|\bconfidentiality\b/i;

/** Equal-opportunity wording ("open to people with disabilities" is no place condition). */
export const EQUAL_OPPORTUNITY =
  /\bequal (?:employment )?opportunit|\bdiscriminat|\b(?:race|religion|gender|veteran|disabilit(?:y|ies)|ethnicity|sexual orientation|national origin)\b/i;

/**
 * Whether a sentence is pay, benefits, equal-opportunity, privacy, application or
 * "apply even if you don't meet every requirement" text, never a requirement.
 *
 * @param sentence - A cleaned sentence.
 * @returns True for such text.
 */
export function isNotAnAsk(sentence: string): boolean {
  return BOILERPLATE.test(sentence) || DISCLAIMER.test(sentence);
}

/**
 * Whether a text tells applicants to apply even if they miss some requirements, or how
 * to apply: never an item, even inside a requirements list.
 *
 * @param text - An item or sentence.
 * @returns True for such notes.
 */
export function isDisclaimer(text: string): boolean {
  return DISCLAIMER.test(text);
}
