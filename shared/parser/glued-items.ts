/**
 * Splitting list items that a job board pasted together without any separator:
 * "…MLOps/Analytics portfolioOrganize and lead…" or "…or tools.Proven track record…".
 *
 * A boundary is a place where an item ends and the next one starts with a capitalised
 * word. It must not fire inside words such as "MLOps", "iPhone", "DevOps", "JavaScript",
 * "GitHub" or "PostgreSQL", so the rule is deliberately narrow:
 * - the new item starts with an upper-case letter followed by lower-case letters and then
 *   a space ("Organize and…", "Proven track…"), or is the article "A " ("sourceA proven");
 * - what precedes it is `.`, `!`, `?` or `)` after a word ("tools.Proven", "etc.)Experience"),
 *   a digit, or a run of at least two lower-case letters ("portfolioOrganize"). When that
 *   run itself follows a capital ("ProgrammeOpportunity", "DevOps"), the capitalised word
 *   must be at least five letters and the next word at least four, which keeps short
 *   product names ("DevOps", "JavaScript", "GitHub", "LinkedIn") whole;
 * - camel-case names that still look like two words ("TensorFlow", "PowerShell") are in
 *   an allowlist;
 * - every resulting piece has at least two words, so a stray capital never yields a
 *   one-word "item".
 * One left-to-right scan with bounded look-around keeps this linear in the line length.
 */

/** Camel-case names the rule above would otherwise split (lower case). */
const CAMEL_CASE_WORDS = new Set([
  'tensorflow',
  'powershell',
  'powerpoint',
  'sharepoint',
  'powerapps',
  'powerautomate',
  'elasticsearch',
  'cloudformation',
  'cloudwatch',
  'cloudfront',
  'cloudtrail',
  'cloudflare',
  'salesforce',
  'salesops',
  'healthtech',
  'insurtech',
  'clickhouse',
  'quickbooks',
  'pagerduty',
  'solidworks',
  'photoshop',
  'springboot',
  'systemverilog',
  'digitalocean',
  'stackoverflow',
  'coffeescript',
  'actionscript',
  'applescript',
  'huggingface',
  'planetscale',
  'smartsheet',
  'launchdarkly',
  'storybook',
  'reactnative',
  'visualstudio',
  'intellisense',
  'successfactors',
  'servicedesk',
  'securityhub',
  'controltower',
  'eventbridge',
  'stepfunctions',
  'googlecloud',
  'doubleclick',
  'testcomplete',
  'loadrunner',
  'sonarqube',
  'hashicorp',
  'terraform',
  'crowdstrike',
  'checkpoint',
  'fortigate',
  'netscaler',
  'blackberry',
  'playstation',
  'gamemaker',
  'unrealengine',
  'activerecord',
  'cocoapods',
  'recyclerview',
  'blackrock',
  'mastercard',
  'exxonmobil',
  'thoughtworks',
  'peoplesoft',
  'quicksight',
  'microstrategy',
  'openstack',
  'openshift',
  'owncloud',
  'usestate',
  'useeffect',
  'usememo',
  'usecallback',
  'usecontext',
  'usereducer',
  'useref',
  'onclick',
  'onchange',
  'localstorage',
  'sessionstorage',
  'freshdesk',
  'freshworks',
  'sendgrid',
  'sourcetree',
  'webstorm',
  'phpstorm',
  'rubymine',
  'datagrip',
  'clion',
  'goland',
  'pycharm',
  'mongoose',
]);

/** A capital glued to what precedes it: the necessary condition for a boundary. */
const MAYBE_GLUED = /[\p{Ll}\d.!?)]\p{Lu}/u;

/** Pieces shorter than this many words are merged back into their neighbour. */
const MIN_WORDS = 2;
/** Letters we look at around a candidate boundary; longer words are not camel-case names. */
const MAX_WORD = 40;

// Letter case by character code for ASCII (the common case, and cheap), by case mapping
// for other scripts.
function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return isUpper(ch) || isLower(ch);
}

/** Length of the capitalised word starting at `i` if it is followed by a space, else 0. */
function startWordLength(text: string, i: number): number {
  if (text[i] === 'A' && text[i + 1] === ' ' && isLower(text[i + 2])) return 1;
  let end = i + 1;
  while (end < text.length && end - i <= MAX_WORD && isLower(text[end])) end++;
  if (end - i < 2 || text[end] !== ' ') return 0;
  return end - i;
}

/** Counts lower-case letters ending just before `i` (at most MAX_WORD). */
function lowerRunBefore(text: string, i: number): number {
  let run = 0;
  while (run < MAX_WORD && isLower(text[i - 1 - run])) run++;
  return run;
}

/** The word (letters only) around position `i`, lower-cased, for the allowlist. */
function wordAround(text: string, i: number): string {
  let start = i;
  while (start > 0 && i - start < MAX_WORD && isLetter(text[start - 1])) start--;
  let end = i;
  while (end < text.length && end - i < MAX_WORD && isLetter(text[end])) end++;
  return text.slice(start, end).toLowerCase();
}

/** Whether a new item starts at `i` (see the module comment for the rule). */
function isBoundary(text: string, i: number): boolean {
  if (!isUpper(text[i])) return false;
  const nextWord = startWordLength(text, i);
  if (nextWord === 0) return false;
  const before = text[i - 1];
  if (before === '.' || before === '!' || before === '?' || before === ')') {
    // "tools.Proven" and "etc.)Experience" split; "ASP.Net" and "U.S.Army" do not.
    const beforeThat = text[i - 2];
    return isLower(beforeThat) || isDigit(beforeThat) || beforeThat === ')' || beforeThat === '.';
  }
  if (isDigit(before)) return nextWord >= 3;
  const run = lowerRunBefore(text, i);
  if (run < 2 || run >= MAX_WORD) return false;
  if (CAMEL_CASE_WORDS.has(wordAround(text, i))) return false;
  const runStart = i - run;
  if (isUpper(text[runStart - 1])) {
    // "ProgrammeOpportunity" splits, "DevOps" and "LinkedIn" stay whole.
    if (isUpper(text[runStart - 2])) return false;
    return run + 1 >= 5 && nextWord >= 4;
  }
  return !isLetter(text[runStart - 1]) && !isDigit(text[runStart - 1]);
}

function countWords(piece: string): number {
  let words = 0;
  let inWord = false;
  for (const ch of piece) {
    const space = ch === ' ' || ch === '\t';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Splits a line into the list items that were glued together in it.
 *
 * @param text - One line of plain text (markdown already removed).
 * @returns The items in order, each trimmed; a single-element array when nothing was glued.
 */
export function splitGluedItems(text: string): string[] {
  // Every boundary is a capital right after a lower-case letter, digit or . ! ? ); a line
  // without one (most lines) needs no scan.
  if (!MAYBE_GLUED.test(text)) return [text.trim()];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    pieces.push(text.slice(start, i));
    start = i;
  }
  pieces.push(text.slice(start));
  if (pieces.length === 1) return [text.trim()];
  // Merge pieces that are too short to be items into the piece before (or after) them.
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (countWords(piece) < MIN_WORDS || countWords(last) < MIN_WORDS)) {
      merged[merged.length - 1] = last + piece;
    } else {
      merged.push(piece);
    }
  }
  return merged.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
