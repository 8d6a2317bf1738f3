/**
 * The serializer's text handler, with a fast way through for text no escaping rule can
 * touch. Escaping ran every text node (titles, dates, checklist items) through dozens of
 * patterns and was most of an export's serializing time; a text holding none of the
 * characters those patterns escape (and no space at either end, where a space next to a
 * line break would be) is written exactly as the full handler would write it.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Characters whose escaping rules only look at their place: a rule escapes `:` at the
 * start of a line or before a `/` (a link), `(` after a `]`, `)` and `.` after a number
 * at the start of a line (a list), `.` after a `w` (a `www.` link), `-` at the start of
 * a line. {@link needsNoEscaping} checks those places itself.
 */
const BY_PLACE = new Set([':', '(', ')', '.', '-']);

/** The characters the serializer's escaping rules can escape, per set of rules. */
const escapable = new WeakMap<readonly Unsafe[], Set<string>>();

function escapableOf(unsafe: readonly Unsafe[]): Set<string> {
  let found = escapable.get(unsafe);
  if (!found) {
    found = new Set(unsafe.map((pattern) => pattern.character));
    // A space is escaped only next to a line break: handled by the ends check below.
    found.delete(' ');
    for (const character of BY_PLACE) found.delete(character);
    escapable.set(unsafe, found);
  }
  return found;
}

/** Only digits before `end` (or nothing): a `.` or `)` there could end a list number. */
function numberBefore(value: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether `value`'s character at `i` is safe where it is (see {@link BY_PLACE}). */
function safeInPlace(value: string, i: number): boolean {
  const last = i === value.length - 1;
  switch (value[i] ?? '') {
    case ':':
      // Its neighbours may be another node's: the ends are left to the full handler.
      return i > 0 && !last && value[i + 1] !== '/';
    case '(':
    case '-':
      return i > 0;
    case ')':
      return !numberBefore(value, i);
    case '.':
      return !numberBefore(value, i) && value[i - 1] !== 'w' && value[i - 1] !== 'W';
    default:
      return true;
  }
}

/** Whether escaping leaves `value` as it is under the rules `unsafe`. */
export function needsNoEscaping(value: string, unsafe: readonly Unsafe[]): boolean {
  if (value === '' || value.startsWith(' ') || value.endsWith(' ')) return false;
  const special = escapableOf(unsafe);
  for (let i = 0; i < value.length; i++) {
    const character = value[i] ?? '';
    if (special.has(character)) return false;
    if (BY_PLACE.has(character) && !safeInPlace(value, i)) return false;
  }
  return true;
}

/** Writes a text node: as it is when nothing in it can be escaped, else escaped as usual. */
export const textHandler: Handle = (node, parent, state, info) => {
  const { value } = node as Text;
  return needsNoEscaping(value, state.unsafe)
    ? value
    : defaultHandlers.text(node as Text, parent, state, info);
};
