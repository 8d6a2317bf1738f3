/**
 * The serializer's paragraph and heading handlers, with a fast way through for blocks of
 * plain text (most of an export: note titles, checklist items, prose). A block whose
 * children are all text that no escaping rule can touch (see plain-text.ts) is written
 * exactly as the full handlers would write it, without their per-node machinery (state
 * stacks, position tracking, phrasing containers); anything else goes to those handlers.
 */
import type { Heading, Paragraph, Parents, PhrasingContent } from 'mdast';
import { defaultHandlers, type Handle, type Options, type State } from 'mdast-util-to-markdown';
import { needsNoEscaping } from './plain-text';

/** The children's text joined, when every child is text needing no escaping; else null. */
function plainText(children: readonly PhrasingContent[], state: State): string | null {
  if (children.length === 0) return null;
  let value = '';
  for (const child of children) {
    if (child.type !== 'text' || !needsNoEscaping(child.value, state.unsafe)) return null;
    value += child.value;
  }
  return value;
}

/** The paragraph handler GFM installs (it writes a task item's `[x] `), to fall back on. */
function gfmParagraph(gfm: Options): Handle {
  for (const extension of gfm.extensions ?? []) {
    const handler = extension.handlers?.paragraph;
    if (handler) return handler;
  }
  return defaultHandlers.paragraph;
}

/** Whether `node` is the paragraph a task list item's `[x] ` goes before (as GFM finds it). */
function isTaskParagraph(node: Paragraph, parent: Parents | undefined): boolean {
  if (parent?.type !== 'listItem' || typeof parent.checked !== 'boolean') return false;
  for (const child of parent.children) {
    if (child.type === 'paragraph') return child === node;
    if (child.type !== 'definition') return false;
  }
  return false;
}

/** Handlers for the serializer, falling back on those of `gfm` (the instance it uses). */
export function plainBlockHandlers(gfm: Options): { paragraph: Handle; heading: Handle } {
  const fullParagraph = gfmParagraph(gfm);
  const paragraph: Handle = (node, parent, state, info) => {
    const value = plainText((node as Paragraph).children, state);
    if (value === null) return fullParagraph(node, parent, state, info);
    if (!isTaskParagraph(node as Paragraph, parent)) return value;
    return `[${parent?.type === 'listItem' && parent.checked ? 'x' : ' '}] ${value}`;
  };
  const heading: Handle = (node, parent, state, info) => {
    const { depth, children } = node as Heading;
    const value = state.options.setext ? null : plainText(children, state);
    if (value === null) return defaultHandlers.heading(node as Heading, parent, state, info);
    return `${'#'.repeat(Math.max(Math.min(6, depth), 1))} ${value}`;
  };
  return { paragraph, heading };
}
