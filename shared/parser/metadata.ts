/**
 * Title, company, location and source URL. Postings from job boards start with a small
 * header (`# [Title](url)`, `### Company`, `` #### `💰 …` `🌎 Place` ``) or a bare URL and
 * a title line; others state them in labelled lines ("Location: …") or only name the
 * company in a heading ("About Canonical"). The header lines are consumed so they do not
 * become sections.
 */

import { matchHeading } from './heading-kinds';
import { cleanInline } from './inline';
import type { Line } from './lines';

/** What the top of the posting and its labelled lines say about the role. */
export interface Header {
  title: string;
  company: string;
  location: string;
  sourceUrl: string;
  /** Indexes of lines that were part of the header and are not content. */
  consumed: Set<number>;
}

/** Lines longer than this are prose; labels and titles are never this long. */
const MAX_LABEL_LINE = 300;
/** How many leading non-blank lines may hold a header. */
const HEADER_LINES = 4;
/** Longest value we accept for a title, company or location. */
const MAX_VALUE = 160;
/** Longest company name taken from a board header line. */
const MAX_COMPANY = 80;

const URL_ONLY = /^<?(https?:\/\/[^\s<>]+)>?$/i;
const LINK_URL = /\]\((https?:\/\/[^()\s[\]]+)\)/i;
const APPLY_LINK = /\[[^[\]\n]{0,40}\bapply\b[^[\]\n]{0,40}\]\((https?:\/\/[^()\s[\]]+)\)/i;
const CODE_SPAN = /`([^`\n]*)`/g;
const COLON_NEAR_START = /^.{0,60}[:：]/;
const PLACE_EMOJI = /[🌎🌍🌏📍]/u;
const LABEL =
  /^(job title|position title|title|company name|company|employer|job location|work location|primary location|location|apply|source|url|job url|link)\s*[:：]\s*(\S.*)$/i;

/** Removes a trailing period and surrounding whitespace from a labelled value. */
function tidyValue(value: string): string {
  const text = value.trim().replace(/\.$/, '').trim();
  return text.length > MAX_VALUE ? '' : text;
}

/** Index of the next non-blank line at or after `from`, or -1. */
function nextContent(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]?.kind !== 'blank') return i;
  return -1;
}

/**
 * Whether a cleaned line reads as a job title: short, no label, not a section heading.
 * A plain line must also not end like a sentence; a markdown `#` title may (".Net Developer Ssr.").
 */
function looksLikeTitle(text: string, isHeading: boolean): boolean {
  if (text.length < 3 || text.length > 100) return false;
  if (!isHeading && /[.!?,;:]$/.test(text)) return false;
  if (/:\s/.test(text) || URL_ONLY.test(text)) return false;
  if (text.split(' ').length > 12 || /^\p{Ll}/u.test(text)) return false;
  const match = matchHeading(text, false);
  return match === undefined || match.index > 0;
}

/** The place named in a job-board location line such as `` `💰 90k` `🌎 Remote,US` ``. */
function placeInCodeSpans(content: string): string {
  for (const span of content.matchAll(CODE_SPAN)) {
    const inner = span[1] ?? '';
    if (PLACE_EMOJI.test(inner)) return tidyValue(inner.replace(PLACE_EMOJI, ''));
  }
  return '';
}

/** Reads the board-style header that follows a `#` title line. */
function readBoardHeader(lines: readonly Line[], titleIndex: number, header: Header): void {
  let i = titleIndex + 1;
  for (let taken = 0; taken < 2; taken++) {
    const j = nextContent(lines, i);
    const line = j >= 0 ? lines[j] : undefined;
    if (line === undefined || line.kind !== 'heading' || line.level < 3) return;
    const place = placeInCodeSpans(line.content);
    if (place !== '' || line.content.includes('`')) {
      header.location ||= place;
    } else if (header.company === '' && line.level === 3) {
      // A company name may end in a period ("Call2Net S.p.a."), unlike a title.
      const company = cleanInline(line.content);
      if (company.length > MAX_COMPANY || matchHeading(company, false) !== undefined) return;
      // Boards write "None" when they do not know the company.
      header.company = /^(none|null|n\/?a|unknown|undefined|-+)$/i.test(company) ? '' : company;
    } else {
      return;
    }
    header.consumed.add(j);
    i = j + 1;
  }
}

/** Applies labelled lines ("Location: …", "Company: …") anywhere in the posting. */
function readLabels(lines: readonly Line[], header: Header): void {
  for (const line of lines) {
    if (line.kind !== 'text' && line.kind !== 'bullet') continue;
    // Only lines with a colon near the start can be labels; most lines are skipped cheaply.
    if (line.content.length > MAX_LABEL_LINE || !COLON_NEAR_START.test(line.content)) continue;
    const label = LABEL.exec(cleanInline(line.content));
    if (!label) continue;
    const name = (label[1] ?? '').toLowerCase();
    const value = tidyValue(label[2] ?? '');
    if (value === '') continue;
    if (name.endsWith('title')) header.title ||= value;
    else if (name.startsWith('company') || name === 'employer') header.company ||= value;
    else if (name.endsWith('location')) header.location ||= value;
    else if (/^https?:\/\//i.test(value)) header.sourceUrl ||= value.split(' ')[0] ?? '';
  }
}

/** Finds a source URL anywhere: a line that is only a URL, else an "Apply" link. */
function findSourceUrl(lines: readonly Line[]): string {
  let applyUrl = '';
  for (const line of lines) {
    if (line.kind === 'blank' || line.content.length > MAX_LABEL_LINE) continue;
    const bare = URL_ONLY.exec(line.content);
    if (bare) return bare[1] ?? '';
    if (applyUrl === '') applyUrl = APPLY_LINK.exec(line.content)?.[1] ?? '';
  }
  return applyUrl;
}

/**
 * Reads title, company, location and source URL from the posting's header and labels.
 *
 * @param lines - The posting's lines from `readLines`.
 * @returns What was found (empty strings otherwise) and the header lines consumed.
 */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = {
    title: '',
    company: '',
    location: '',
    sourceUrl: '',
    consumed: new Set(),
  };
  let i = nextContent(lines, 0);
  for (let seen = 0; i >= 0 && seen < HEADER_LINES; seen++) {
    const line = lines[i];
    if (line === undefined) break;
    const bare = line.kind === 'text' ? URL_ONLY.exec(line.content) : null;
    if (bare) {
      header.sourceUrl ||= bare[1] ?? '';
      header.consumed.add(i);
      i = nextContent(lines, i + 1);
      continue;
    }
    if (line.content.length <= MAX_LABEL_LINE) {
      const title = cleanInline(line.content);
      const isTitleHeading = line.kind === 'heading' && line.level <= 2;
      if ((isTitleHeading || line.kind === 'text') && looksLikeTitle(title, isTitleHeading)) {
        header.title = title;
        header.consumed.add(i);
        header.sourceUrl ||= LINK_URL.exec(line.content)?.[1] ?? '';
        if (isTitleHeading) readBoardHeader(lines, i, header);
      }
    }
    break;
  }
  readLabels(lines, header);
  header.sourceUrl ||= findSourceUrl(lines);
  return header;
}

/**
 * Finds the company's name in section headings that name it: "About Canonical",
 * "What is Canonical?", "Life at Canonical", "Canonical is an equal opportunity employer".
 *
 * @param headings - Section headings in order, markdown removed.
 * @returns The first name found, or `''`.
 */
export function companyFromHeadings(headings: readonly string[]): string {
  const name = String.raw`(\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`;
  const patterns = [
    new RegExp(
      String.raw`^(?:[Aa]bout|[Ww]hat is|[Ll]ife at|[Ww]orking at|[Ww]hy) ${name}\??$`,
      'u',
    ),
    new RegExp(String.raw`^${name} is an equal (?:employment )?opportunity employer`, 'u'),
  ];
  const notNames =
    /^(?:Us|The|This|Our|You|Your|We|It|Me|Our Team|The Team|The Role|The Job|Join|Work)\b/;
  for (const heading of headings) {
    if (heading.length > MAX_VALUE) continue;
    for (const pattern of patterns) {
      const found = pattern.exec(heading)?.[1];
      if (found !== undefined && !notNames.test(found)) return found;
    }
  }
  return '';
}
