/**
 * The serializer's text handler, with a fast way through for text no escaping rule can
 * touch. Escaping ran every text node (titles, dates, checklist items) through dozens of
 * patterns and was most of an export's serializing time; a text holding none of the
 * characters those patterns escape (and no space at either end, where a space next to a
 * line break would be) is written exactly as the full handler would write it.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/** The characters the serializer's escaping rules can escape, per set of rules. */
const escapable = new WeakMap<readonly Unsafe[], Set<string>>();

function escapableOf(unsafe: readonly Unsafe[]): Set<string> {
  let found = escapable.get(unsafe);
  if (!found) {
    found = new Set(unsafe.map((pattern) => pattern.character));
    // A space is escaped only next to a line break: handled by the ends check below.
    found.delete(' ');
    escapable.set(unsafe, found);
  }
  return found;
}

/** Whether escaping leaves `value` as it is under the rules `unsafe`. */
export function needsNoEscaping(value: string, unsafe: readonly Unsafe[]): boolean {
  if (value === '' || value.startsWith(' ') || value.endsWith(' ')) return false;
  const special = escapableOf(unsafe);
  for (const character of value) if (special.has(character)) return false;
  return true;
}

/** Writes a text node: as it is when nothing in it can be escaped, else escaped as usual. */
export const textHandler: Handle = (node, parent, state, info) => {
  const { value } = node as Text;
  return needsNoEscaping(value, state.unsafe)
    ? value
    : defaultHandlers.text(node as Text, parent, state, info);
};
