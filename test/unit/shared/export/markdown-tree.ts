/**
 * Reads an export back the way a Markdown viewer would (remark + GFM + front matter),
 * with helpers to cut it into sections and find task items and headings.
 */
import type { Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown);
}

/** The plain text of a node, as a reader sees it. */
export function plain(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => plain(child as Nodes)).join('');
  return '';
}

/** The front matter parsed as YAML; fails when there is none or it is not first. */
export function frontMatterOf(tree: Root): Record<string, unknown> {
  const first = tree.children[0];
  if (first?.type !== 'yaml') throw new Error('no front matter first');
  return parseYaml(first.value) as Record<string, unknown>;
}

/** Every node of `type` anywhere under `nodes`. */
export function findAll<T extends Nodes['type']>(
  nodes: readonly Nodes[],
  type: T,
): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node as Extract<Nodes, { type: T }>);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const node of nodes) walk(node);
  return found;
}

/** Task items (GFM list items with a box) anywhere under `nodes`. */
export function taskItems(nodes: readonly Nodes[]): ListItem[] {
  return findAll(nodes, 'listItem').filter((item) => typeof item.checked === 'boolean');
}

/** The top-level headings as "depth text" lines, e.g. "2 Checklist". */
export function outline(tree: Root, maxDepth = 6): string[] {
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth <= maxDepth)
    .map((node) => `${String(node.depth)} ${plain(node)}`);
}

/**
 * The top-level nodes after the first heading of `depth` whose text is `title` (or
 * starts with it when `prefix`), up to the next heading of that depth or shallower.
 */
export function section(
  nodes: readonly RootContent[],
  depth: number,
  title: string,
  prefix = false,
): RootContent[] {
  const start = nodes.findIndex(
    (node) =>
      node.type === 'heading' &&
      node.depth === depth &&
      (prefix ? plain(node).startsWith(title) : plain(node) === title),
  );
  if (start < 0) throw new Error(`no heading ${String(depth)} ${title}`);
  const rest = nodes.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= depth);
  return end < 0 ? rest : rest.slice(0, end);
}
