/**
 * Splitting list items that a job board pasted together without any separator:
 * "…MLOps/Analytics portfolioOrganize and lead…" or "…or tools.Proven track record…".
 *
 * A boundary is a place where an item ends and the next one starts with a capitalised
 * word or a number of years. It must not fire inside words such as "MLOps", "iPhone",
 * "DevOps", "JavaScript", "GitHub" or "PostgreSQL", so the rule is deliberately narrow:
 * - the new item starts with an upper-case letter followed by lower-case letters and then
 *   a space ("Organize and…", "Proven track…"), or is the article "A " ("sourceA proven");
 *   right after a sentence end it may also be hyphenated or end in a comma ("tools.Hands-on
 *   experience", "Bus.Prototyping, PoC");
 * - what precedes it is `.`, `!`, `?` after a word ("tools.Proven"), `)` or `;` after
 *   anything but a space ("etc.)Experience", "(C#)Expertise", "correlatas.;Sólida"), a
 *   digit, a language name ending in `#` or `+` ("C#Expertise"), or a run of at least two
 *   lower-case letters ("portfolioOrganize"). When that run itself follows a capital
 *   ("ProgrammeOpportunity", "DevOps"), the capitalised word must be at least five letters
 *   and the next word at least four, which keeps short product names ("DevOps",
 *   "JavaScript", "GitHub", "LinkedIn") whole. After a run of capitals ("SQLExtensive",
 *   "AWSStrong") only a word that typically opens an item counts ("PHPUnit" stays whole);
 * - a number of years ("5+ years", "3-5 years", "1 to 2 years", "+3 years") starts an
 *   item after a sentence end, a `)`, or a word of three or more lower-case letters or
 *   ending in capitals ("field.5+ years", "equivalent12+ years", "ExpressJS5+ years");
 * - an acronym followed by a lower-case word starts an item after a plain word of four
 *   letters or more ("skillsBS in engineering"; "macOS and" stays whole), and the article
 *   "A" never starts one right after capitals ("JIRA and", "RPA deployment");
 * - camel-case names that still look like two words ("TensorFlow", "PowerShell") are in
 *   an allowlist;
 * - every resulting piece has at least two words, so a stray capital never yields a
 *   one-word "item".
 * One left-to-right scan with bounded look-around keeps this linear in the line length.
 */

import { CAMEL_CASE_WORDS, ITEM_OPENERS } from './glued-words';

/** A capital or digit glued to what precedes it: the necessary condition for a boundary. */
const MAYBE_GLUED = /[\p{L}\d.!?);#+]\p{Lu}|[\p{L}.;)]\+?\d/u;

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

/**
 * Length of the capitalised word starting at `i` if it is followed by a space, else 0.
 * With `loose` (after a sentence end, where a boundary is likely) the word may be
 * hyphenated ("Hands-on") or followed by a comma ("Prototyping, PoC").
 */
function startWordLength(text: string, i: number, loose = false): number {
  if (text[i] === 'A' && text[i + 1] === ' ' && isLetter(text[i + 2])) return 1;
  let end = i + 1;
  while (end < text.length && end - i <= MAX_WORD) {
    const ch = text[end];
    if (isLower(ch)) end++;
    // "Next.js experience": a JavaScript name is one word.
    else if (ch === '.' && text.startsWith('js', end + 1) && !isLetter(text[end + 3])) end += 3;
    // "Bachelor’s degree", "You’ll work", and with `loose` "Hands-on", "Upper-Intermediate".
    else if ((ch === '’' || ch === "'") && isLower(text[end + 1])) end += 2;
    else if (loose && ch === '-' && isLetter(text[end + 1])) end += 2;
    else break;
  }
  if (end - i < 2) return 0;
  const after = text[end];
  if (after === ' ') return end - i;
  // "tools.Hands-on experience", "Bus.Prototyping, PoC", "as well.Leader. You…"
  // "landscape.Proficient: Highly fluent…" too.
  const sentenceEnd =
    after === ',' ||
    (after === '/' && isUpper(text[end + 1])) ||
    (after === ':' && text[end + 1] === ' ') ||
    (after === '.' && (text[end + 1] === ' ' || end + 1 === text.length));
  return loose && sentenceEnd && end - i >= 3 ? end - i : 0;
}

/** Two names joined by a slash ("MySQL/MariaDB", "HTML/CSS", "Linux/Unix"). */
const SLASH_PAIR = /^\p{Lu}[\p{L}\d+#.-]{0,16}\/\p{Lu}/u;

/** An item opening with a number of years: "5+ years", "3-5 years", "10 yrs". */
const YEARS_START = /^\d{1,2}(?:\s?(?:[-–]|to)\s?\d{1,2})?\+?\s?(?:years?|yrs)\b/i;

/** Whether the text at `i` opens with a number of years (checked on a short window). */
function startsWithYears(text: string, i: number): boolean {
  return YEARS_START.test(text.slice(i, i + 20));
}

/** Counts capital letters ending just before `i` (at most MAX_WORD). */
function upperRunBefore(text: string, i: number): number {
  let run = 0;
  while (run < MAX_WORD && isUpper(text[i - 1 - run])) run++;
  return run;
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

/**
 * Whether the `.`, `!` or `?` before `i` ends an item: "tools.Proven", "C#.Experience",
 * "MySQL.Meaningful", "etc.)Experience" split; "U.S.Army", "e.g.Python" (one-letter
 * abbreviations) and "ASP.Net" (a short word after capitals) do not.
 */
function afterSentenceEnd(text: string, i: number): boolean {
  const beforeThat = text[i - 2];
  if (beforeThat === ')' || beforeThat === '.') return true;
  if (!isLetter(beforeThat) && !isDigit(beforeThat) && beforeThat !== '#' && beforeThat !== '+') {
    return false;
  }
  // A one-letter word before the period is an abbreviation ("U.S.", "e.g.").
  if (isLetter(beforeThat) && !isLetter(text[i - 3]) && !isDigit(text[i - 3])) return false;
  if (isUpper(beforeThat)) return startWordLength(text, i, true) >= 4;
  return true;
}

/** Whether a new item starts at `i` (see the module comment for the rule). */
function isBoundary(text: string, i: number): boolean {
  const before = text[i - 1];
  const beforeThat = text[i - 2];
  if (text[i] === '+' && isDigit(text[i + 1])) {
    // "(PostgreSQL)+3 years of experience": a count of years written with a leading plus.
    return startsWithYears(text, i + 1) && (before === ')' || before === '.' || isLower(before));
  }
  if (isDigit(text[i])) {
    // "related field.5+ years", "or equivalent12+ years": a new item counting years.
    if (!startsWithYears(text, i)) return false;
    if (before === '.' || before === ';' || before === ')') {
      return isLetter(beforeThat) || beforeThat === ')';
    }
    // "is a MUST3+ years": after a word in capitals, not after "S3" or "EC2".
    // "ExpressJS5+ years" too, but not "S3" or "EC2".
    return lowerRunBefore(text, i) >= 3 || upperRunBefore(text, i) >= 2;
  }
  if (!isUpper(text[i])) return false;
  // "building REST API and using JSON.MySQL/MariaDB:": a pair of names after a sentence end.
  if (before === '.' && SLASH_PAIR.test(text.slice(i, i + 24)) && afterSentenceEnd(text, i)) {
    return true;
  }
  if (isUpper(text[i + 1])) {
    // "Data Modeling.ETL Tools", "or Azure.SQL and": an acronym after a sentence end.
    return (
      (before === '.' && acronymLength(text, i) > 0 && afterSentenceEnd(text, i)) ||
      isAcronymStart(text, i)
    );
  }
  if (before === '.' || before === '!' || before === '?' || before === ')' || before === ';') {
    if (startWordLength(text, i, true) === 0) return false;
    // After ")" or ";" any word end will do: "(C#)Expertise", "correlatas.;Sólida".
    if (before === ')' || before === ';') return beforeThat !== undefined && beforeThat !== ' ';
    return afterSentenceEnd(text, i);
  }
  const run = lowerRunBefore(text, i);
  const runStart = i - run;
  // After a word of lower-case letters only ("bug-fixingPositive, hard-working") the next
  // word may be hyphenated or end in a comma, as after a sentence end.
  const plainWordBefore = run >= 2 && !isLetter(text[runStart - 1]) && !isDigit(text[runStart - 1]);
  const nextWord = startWordLength(text, i, plainWordBefore);
  if (nextWord === 0) return false;
  if (isDigit(before)) return nextWord >= 3;
  // The word itself, without a contraction or hyphenated part ("You’ll", "Hands-on").
  const opener = ITEM_OPENERS.has(
    /^\p{L}+/u.exec(text.slice(i, i + nextWord))?.[0].toLowerCase() ?? '',
  );
  // "using C#Expertise in", "C++Strong skills": a language name ends the item.
  if (before === '#' || before === '+') return isUpper(beforeThat) || beforeThat === '+';
  if (isUpper(before) && isUpper(beforeThat)) {
    // "on AWSStrong track record" splits, "PHPUnit tests" stays whole; after a name ending
    // in capitals ("MongoDBCreating", "PostgresDBHas") any longer word starts an item.
    let k = i - 1;
    while (k > 0 && i - k < MAX_WORD && isUpper(text[k - 1])) k--;
    // Never before the article "A": "JIRA and", "RPA deployment" are names.
    if (nextWord < 2) return false;
    return opener || (isLower(text[k - 1]) && nextWord >= 4);
  }
  if (run === 1 && isUpper(text[i - 2]) && isUpper(text[i - 3])) {
    // A plural acronym ends an item: "Restful APIsUnderstanding of…", "VMsExperience".
    return text[i - 1] === 's' && (opener || nextWord >= 4);
  }
  // "with GoYou’ll", "in GoExperience": a short name, then a word that opens an item.
  if (run === 1 && opener && isUpper(text[i - 2]) && !isLetter(text[i - 3])) return nextWord >= 3;
  if (run < 2 || run >= MAX_WORD) return false;
  if (CAMEL_CASE_WORDS.has(wordAround(text, i))) return false;
  if (isUpper(text[runStart - 1])) {
    // "ProgrammeOpportunity" splits, "DevOps" and "LinkedIn" stay whole; a word that
    // typically opens an item splits after any name ("GitHubWillingness to…").
    if (opener) return true;
    if (isUpper(text[runStart - 2])) return false;
    return run + 1 >= 5 && nextWord >= 4;
  }
  return plainWordBefore;
}

/**
 * Whether an acronym starting at `i` opens an item after a plain word: "skillsBS in
 * engineering", "teamsMBA or". The word before must be four letters or more, so "macOS
 * and" stays whole.
 */
function isAcronymStart(text: string, i: number): boolean {
  const run = lowerRunBefore(text, i);
  if (run < 4 || run >= MAX_WORD || isLetter(text[i - run - 1]) || isDigit(text[i - run - 1])) {
    return false;
  }
  return acronymLength(text, i) > 0;
}

/** Length of an acronym of 2–5 capitals at `i` followed by a lower-case word, else 0. */
function acronymLength(text: string, i: number): number {
  let end = i;
  while (end < text.length && end - i < 6 && isUpper(text[end])) end++;
  const ok = end - i >= 2 && end - i <= 5 && text[end] === ' ' && isLower(text[end + 1]);
  return ok ? end - i : 0;
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
