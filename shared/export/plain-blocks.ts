/**
 * The serializer's paragraph and heading handlers, with a fast way through for blocks of
 * plain text (most of an export: note titles and facts, checklist items, stage facts,
 * prose). A block of text that no escaping rule can touch (see plain-text.ts), with bold
 * or italic words set apart by spaces, is written exactly as the full handlers would
 * write it, without their per-node machinery (state stacks, position tracking, phrasing
 * containers); anything else goes to those handlers.
 */
import type { Heading, Paragraph, Parents, PhrasingContent } from 'mdast';
import { defaultHandlers, type Handle, type Options, type State } from 'mdast-util-to-markdown';
import { needsNoEscaping } from './plain-text';

/**
 * A single text child's value, when it needs no escaping; else null. A colon may end it
 * ("When:"): inside bold or italic the marker follows it, where no rule escapes a colon.
 */
function plainInner(node: PhrasingContent, state: State): string | null {
  if (!('children' in node) || node.children.length !== 1) return null;
  const [only] = node.children;
  if (only?.type !== 'text') return null;
  const { value } = only;
  const checked = value.length > 1 && value.endsWith(':') ? value.slice(0, -1) : value;
  return needsNoEscaping(checked, state.unsafe) ? value : null;
}

/** Whether `node` is a text of one space (as between a bold label and its value). */
function isSpace(node: PhrasingContent | undefined): boolean {
  return node?.type === 'text' && node.value === ' ';
}

/**
 * The children written out, when they are only text needing no escaping, single spaces
 * between two others, and bold or italic text (plain inside) with a space or the block's
 * edge on either side, where its markers pair as written; else null.
 */
function plainPhrasing(children: readonly PhrasingContent[], state: State): string | null {
  if (children.length === 0) return null;
  let value = '';
  for (let at = 0; at < children.length; at++) {
    const child = children[at] as PhrasingContent;
    if (child.type === 'text') {
      if (needsNoEscaping(child.value, state.unsafe)) value += child.value;
      else if (isSpace(child) && at > 0 && at < children.length - 1) value += ' ';
      else return null;
      continue;
    }
    if (child.type !== 'strong' && child.type !== 'emphasis') return null;
    const inner = plainInner(child, state);
    if (inner === null) return null;
    if (at > 0 && !isSpace(children[at - 1])) return null;
    if (at < children.length - 1 && !isSpace(children[at + 1])) return null;
    const marker =
      child.type === 'strong'
        ? (state.options.strong ?? '*').repeat(2)
        : (state.options.emphasis ?? '*');
    value += `${marker}${inner}${marker}`;
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
    const { children } = node as Paragraph;
    // Prose plain-prose.ts found safe to write as it is, alone in its paragraph.
    const raw = children.length === 1 && children[0]?.type === 'html' ? children[0].value : null;
    const value = raw ?? plainPhrasing(children, state);
    if (value === null) return fullParagraph(node, parent, state, info);
    if (!isTaskParagraph(node as Paragraph, parent)) return value;
    return `[${parent?.type === 'listItem' && parent.checked ? 'x' : ' '}] ${value}`;
  };
  const heading: Handle = (node, parent, state, info) => {
    const { depth, children } = node as Heading;
    const value = state.options.setext ? null : plainPhrasing(children, state);
    if (value === null) return defaultHandlers.heading(node as Heading, parent, state, info);
    return `${'#'.repeat(Math.max(Math.min(6, depth), 1))} ${value}`;
  };
  return { paragraph, heading };
}
