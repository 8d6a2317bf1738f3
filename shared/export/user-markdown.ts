/**
 * The user's own Markdown (note bodies, evidence, prep and outcome notes) made safe to
 * place inside an export section while still rendering as Markdown. The text is parsed
 * (CommonMark + GFM) and the tree rewritten so nothing in it can reach outside its place:
 * headings are demoted below the section's heading (or flattened to bold paragraphs),
 * raw HTML becomes visible text, reference links are resolved in place (a definition in
 * one note cannot hijack another's), footnote labels get a per-section prefix, and
 * images become plain links (the app never loads remote images, so its export must not
 * make a Markdown viewer fetch one silently; inside a link an image is just its alt text).
 * A link keeps its target only when it is http(s) or mailto; any other keeps its words.
 * Re-serializing the tree then escapes anything that would read as structure, e.g. a
 * line of `---` after a paragraph is a heading here and is written as one, demoted.
 */
import type {
  BlockContent,
  Definition,
  Heading,
  ListItem,
  Nodes,
  Parent,
  RootContent,
  Text,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseExportLinkTarget } from '../security/external-links';
import { cleanText } from './mdast';
import { plainProseBlocks } from './plain-prose';

/** Where the blocks go: below a heading of depth `belowDepth`, or inside a list item. */
export interface UserMarkdownPlacement {
  /**
   * Headings become this depth + their own (clamped to 6). `'flatten'` (inside a list
   * item) makes them bold paragraphs and task boxes plain text.
   */
  headings: { belowDepth: number } | 'flatten';
  /** Prefix for footnote labels, unique per section of the document. */
  footnotePrefix: string;
}

// Built once: constructing the GFM extensions on every call made parsing several times slower.
const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Parents whose children are blocks: an HTML node there becomes a paragraph, not text. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Parses `markdown` and returns blocks that stay inside their section. */
export function userMarkdownBlocks(
  markdown: string,
  placement: UserMarkdownPlacement,
): BlockContent[] {
  const source = cleanText(markdown).trim();
  if (source === '') return [];
  // Plain prose needs no parse: its blocks are known (see plain-prose.ts).
  return plainProseBlocks(source) ?? parsedBlocks(source, placement);
}

/**
 * {@link userMarkdownBlocks} always through the full parse, for `source` already cleaned
 * and trimmed (exported so a test can hold the fast way to it).
 */
export function parsedBlocks(source: string, placement: UserMarkdownPlacement): BlockContent[] {
  const tree = fromMarkdown(source, PARSE_OPTIONS);
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  rewriteChildren(tree, { placement, definitions, inLink: false });
  return tree.children as BlockContent[];
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') {
    // CommonMark: the first definition of a label wins.
    if (!into.has(node.identifier)) into.set(node.identifier, node);
    return;
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

/** What a rewrite needs to know besides the node. */
interface Context {
  placement: UserMarkdownPlacement;
  definitions: ReadonlyMap<string, Definition>;
  /** Inside a link: a link there would nest, which Markdown does not allow. */
  inLink: boolean;
}

function rewriteChildren(parent: Parent, context: Context): void {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    const replaced = rewrite(child, parent.type, context);
    if (replaced === null) continue;
    if ('children' in replaced) {
      rewriteChildren(replaced, {
        ...context,
        inLink: context.inLink || replaced.type === 'link',
      });
    }
    if (replaced.type === 'link') {
      // Every form of link (inline, autolink, reference, image) ends here: a target that
      // is not http(s) or mailto (`javascript:`, `data:`, `file:`…) is dropped, its words kept.
      const target = parseExportLinkTarget(replaced.url);
      if (target === null) {
        out.push(...replaced.children);
        continue;
      }
      replaced.url = target;
    }
    out.push(replaced);
  }
  parent.children = out;
}

/** An image as a link to it, so nothing is fetched until the reader asks. */
function imageAsLink(url: string, title: string | null, alt: string, inLink: boolean): RootContent {
  const label = alt.trim() === '' ? url : alt;
  if (inLink) return { type: 'text', value: alt };
  return { type: 'link', url, title, children: [{ type: 'text', value: label }] };
}

function rewrite(node: RootContent, parentType: string, context: Context): RootContent | null {
  const { placement, definitions } = context;
  switch (node.type) {
    case 'heading':
      return rewriteHeading(node, placement);
    case 'listItem':
      return placement.headings === 'flatten' ? untask(node) : node;
    case 'html': {
      // Shown as the characters the user typed; never passed through as live HTML.
      const literal = { type: 'text' as const, value: node.value };
      return BLOCK_PARENTS.has(parentType) ? { type: 'paragraph', children: [literal] } : literal;
    }
    case 'definition':
      return null;
    case 'linkReference': {
      const definition = definitions.get(node.identifier);
      if (!definition) return { type: 'text', value: node.label ?? node.identifier };
      return {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children: node.children,
      };
    }
    case 'image':
      return imageAsLink(node.url, node.title ?? null, node.alt ?? '', context.inLink);
    case 'imageReference': {
      const definition = definitions.get(node.identifier);
      if (!definition) return { type: 'text', value: node.alt ?? '' };
      return imageAsLink(definition.url, definition.title ?? null, node.alt ?? '', context.inLink);
    }
    case 'footnoteReference':
    case 'footnoteDefinition': {
      const label = `${placement.footnotePrefix}-${node.label ?? node.identifier}`;
      return { ...node, identifier: label.toLowerCase(), label };
    }
    case 'blockquote':
    case 'break':
    case 'code':
    case 'delete':
    case 'emphasis':
    case 'inlineCode':
    case 'link':
    case 'list':
    case 'paragraph':
    case 'strong':
    case 'table':
    case 'tableCell':
    case 'tableRow':
    case 'text':
    case 'thematicBreak':
    case 'yaml':
      // Safe as they are once their children are rewritten.
      return node;
  }
}

/**
 * Inside a checklist item, a task box of the user's own would read as another checklist
 * item: it becomes a plain item that keeps "[x]"/"[ ]" as text.
 */
function untask(node: ListItem): ListItem {
  if (node.checked === null || node.checked === undefined) return node;
  const box: Text = { type: 'text', value: node.checked ? '[x] ' : '[ ] ' };
  const [first, ...rest] = node.children;
  const children: ListItem['children'] =
    first?.type === 'paragraph'
      ? [{ ...first, children: [box, ...first.children] }, ...rest]
      : [{ type: 'paragraph', children: [box] }, ...node.children];
  return { ...node, checked: null, children };
}

function rewriteHeading(node: Heading, placement: UserMarkdownPlacement): RootContent | null {
  if (placement.headings === 'flatten') {
    // An empty heading has nothing to show inside an item.
    if (node.children.length === 0) return null;
    return { type: 'paragraph', children: [{ type: 'strong', children: node.children }] };
  }
  const depth = Math.min(6, placement.headings.belowDepth + node.depth) as Heading['depth'];
  return { ...node, depth };
}
