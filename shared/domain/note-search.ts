/**
 * The notes list of one role, as pure functions: its order (pinned first, then the most
 * recently edited), search within it, tag parsing, and the snippet each row shows.
 */
import { FIELD_LIMITS, MAX_NOTE_TAGS } from './field-limits';
import type { Note } from './model';

/** The fields search and display read; any note-like record has them. */
export type NoteText = Pick<Note, 'title' | 'body' | 'tags'>;

/** What a note without a title is called in lists and headings. */
export const UNTITLED_NOTE = 'Untitled note';

/** The most tags one note keeps, and the longest tag; more is a paste accident. */
export const MAX_TAGS = MAX_NOTE_TAGS;
export const MAX_TAG_LENGTH = FIELD_LIMITS.noteTag.max;

/**
 * Orders notes for the list: pinned first, then newest `updatedAt` first; ties fall back
 * to the id so the order is stable between renders.
 */
export function compareNotes(
  a: Pick<Note, 'id' | 'pinned' | 'updatedAt'>,
  b: Pick<Note, 'id' | 'pinned' | 'updatedAt'>,
): number {
  if (a.pinned !== b.pinned) return b.pinned - a.pinned;
  if (a.updatedAt !== b.updatedAt) return b.updatedAt - a.updatedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy of `notes` (see {@link compareNotes}). */
export function sortNotes<T extends Pick<Note, 'id' | 'pinned' | 'updatedAt'>>(
  notes: readonly T[],
): T[] {
  return [...notes].sort(compareNotes);
}

/**
 * Turns the tag input ("prep, salary ,  Prep") into tags: split on commas, trimmed,
 * inner whitespace collapsed, empties dropped, duplicates (ignoring case) dropped with
 * the first spelling kept; at most {@link MAX_TAGS}, each at most {@link MAX_TAG_LENGTH}.
 */
export function parseTags(input: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
    const folded = tag.toLocaleLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}

/**
 * The tags as typed, nothing cut: split on commas, trimmed, inner whitespace collapsed,
 * empties and duplicates (ignoring case) dropped. What a save checks against the limits,
 * so a tag too long or one too many is refused and reported instead of silently cut.
 */
export function splitTags(input: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const folded = tag.toLocaleLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

/** The tag input's text for stored tags: the inverse of {@link parseTags}. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** The title to show: the note's own, or {@link UNTITLED_NOTE}. */
export function displayTitle(note: Pick<Note, 'title'>): string {
  return note.title.trim() || UNTITLED_NOTE;
}

function searchTerms(query: string): string[] {
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/**
 * Whether a note matches a search: every word of the query must occur, ignoring case,
 * somewhere in the title, the body or a tag (a substring match, so "inter" finds
 * "interview"). An empty query matches everything.
 */
export function noteMatches(note: NoteText, query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const haystack = [note.title, note.body, ...note.tags].join('\n').toLocaleLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** The notes that match `query`, in the order given. */
export function filterNotes<T extends NoteText>(notes: readonly T[], query: string): T[] {
  if (searchTerms(query).length === 0) return [...notes];
  return notes.filter((note) => noteMatches(note, query));
}

/** Lines that only draw structure: table delimiter rows, rules, blank lines. */
const STRUCTURE_LINE = /^[\s|:*_=-]*$/;

/**
 * A one-line plain-text preview of a Markdown body for the list: link and image syntax
 * reduced to their text; heading, quote and list markers, table pipes, rules and
 * emphasis dropped; whitespace collapsed; cut at a word boundary near `maxLength` with
 * an ellipsis. Reads only the start of a long body. Shown as text, never as HTML.
 */
export function noteSnippet(body: string, maxLength = 140): string {
  const plain = body
    .slice(0, maxLength * 8)
    .split('\n')
    .filter((line) => !STRUCTURE_LINE.test(line))
    .join('\n')
    // Link targets may hold one level of parentheses: [x](javascript:alert(1)).
    .replace(/!?\[([^\]]*)\]\((?:[^()\n]|\([^()]*\))*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, '')
    .replace(/\*+|__|~~|`+|\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
