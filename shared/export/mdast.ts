/**
 * Small builders for Markdown syntax trees and the one serializer every export uses.
 * Exports are built as trees, never by gluing strings, so user text is escaped by the
 * serializer and can never open a heading, a list or front matter of its own.
 */
import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { Document, Scalar } from 'yaml';
import { plainBlockHandlers } from './plain-blocks';
import { textHandler } from './plain-text';

/**
 * Text as one clean line: control characters dropped and every run of whitespace
 * (newlines included) turned into one space. Titles, names and other one-line fields
 * go through this, because a newline inside a heading would change its syntax.
 */
export function oneLine(value: string): string {
  return stripControls(value).replace(/\s+/gu, ' ').trim();
}

/** Multi-line text with LF line endings and no control characters other than tab and LF. */
export function cleanText(value: string): string {
  return stripControls(value.replace(/\r\n?/gu, '\n'));
}

function stripControls(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return value.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '');
}

/** A text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** A paragraph of phrasing content, or of one string. */
export function paragraph(...children: (PhrasingContent | string)[]): Paragraph {
  return {
    type: 'paragraph',
    children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
  };
}

/** A heading whose text is one clean line. */
export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(oneLine(value))] };
}

/** Bold text. */
export function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

/** Italic text. */
export function emphasis(value: string): PhrasingContent {
  return { type: 'emphasis', children: [text(value)] };
}

/** A list item; `checked` makes it a GFM task item. */
export function listItem(children: BlockContent[], checked?: boolean): ListItem {
  return {
    type: 'listItem',
    spread: false,
    ...(checked === undefined ? {} : { checked }),
    children,
  };
}

/** A tight bullet list. */
export function bulletList(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}

/** "**Label:** value" as a list item, for the fact lists of stages. */
export function factItem(label: string, value: string | PhrasingContent): ListItem {
  const content = typeof value === 'string' ? text(oneLine(value)) : value;
  return listItem([paragraph(strong(`${label}:`), text(' '), content)]);
}

/** A front matter value written as a YAML date or timestamp (unquoted), not a string. */
export interface YamlDate {
  readonly iso: string;
}

/**
 * A value of {@link frontMatter}: strings are quoted, numbers and dates keep their types,
 * and a list of strings is a YAML sequence (as Obsidian reads `tags`).
 */
export type FrontMatterValue = string | number | YamlDate | readonly string[];

/** A YAML 1.2 timestamp: a day (`2026-03-05`) or an ISO date-time in UTC. */
const YAML_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/u;

/**
 * `iso` as a front matter date. Anything that is not an ISO day or UTC date-time stays
 * a quoted string, so a malformed value can never change the block's syntax.
 */
export function yamlDate(iso: string): YamlDate {
  return { iso };
}

function isStringList(value: FrontMatterValue): value is readonly string[] {
  return Array.isArray(value);
}

/**
 * YAML front matter for `fields`. Every string is double-quoted (`yaml` escapes quotes,
 * newlines and backslashes), so no value can end the block, and YAML 1.1 readers do not
 * turn a company called "Yes" or "No" into a boolean. Counts stay numbers and dates stay
 * dates (plain scalars), so readers such as Obsidian's properties get their types.
 */
export function frontMatter(fields: Readonly<Record<string, FrontMatterValue>>): RootContent {
  const plain: Record<string, string | number | string[]> = {};
  const dates = new Set<string>();
  for (const [key, field] of Object.entries(fields)) {
    if (isStringList(field)) {
      plain[key] = [...field];
    } else if (typeof field === 'object') {
      plain[key] = field.iso;
      if (YAML_TIMESTAMP.test(field.iso)) dates.add(key);
    } else {
      plain[key] = Number.isFinite(field) || typeof field === 'string' ? field : String(field);
    }
  }
  const document = new Document(plain);
  for (const key of dates) {
    const node = document.get(key, true);
    if (node instanceof Scalar) node.type = Scalar.PLAIN;
  }
  const value = document
    .toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
    .trimEnd();
  return { type: 'yaml', value };
}

/** The serializer's settings (exported so a test can hold the fast text handler to it). */
const GFM = gfmToMarkdown();
export const SERIALIZE_OPTIONS: ToMarkdownOptions = {
  extensions: [GFM, frontmatterToMarkdown(['yaml'])],
  handlers: { text: textHandler, ...plainBlockHandlers(GFM) },
  bullet: '-',
  bulletOther: '*',
  emphasis: '_',
  strong: '*',
  rule: '*',
  fences: true,
  listItemIndent: 'one',
};

/**
 * Serializes a document: GFM (task lists, tables), YAML front matter, `-` bullets, `*`
 * thematic breaks (so a break can never read as a front matter fence), LF line endings,
 * no trailing whitespace, exactly one final newline.
 */
export function serialize(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  const markdown = toMarkdown(root, SERIALIZE_OPTIONS);
  const lines = markdown.replace(/\r\n?/gu, '\n').split('\n');
  return `${lines
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n')
    .trimEnd()}\n`;
}
