/**
 * The roles comparison as Markdown: a GFM table (one row per ask, one column per role,
 * each cell the role's kind and tick) and then every ask in full, with each role's
 * wording. Built as a syntax tree like every export, so the applicant's text cannot
 * break the table (pipes and newlines are escaped or folded by the serializer).
 */
import type { ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { CompareItem, Comparison, ComparisonRow } from '../similarity/compare';
import { slugify } from './file-names';
import {
  bulletList,
  heading,
  listItem,
  oneLine,
  paragraph,
  serialize,
  strong,
  text,
} from './mdast';

/** What a cell says about one item: its kind and whether it is ticked. */
function cellLabel(item: CompareItem): string {
  return `${item.checked === 1 ? '✓' : '☐'} ${item.kind}`;
}

function cell(content: string): TableCell {
  return { type: 'tableCell', children: [text(oneLine(content))] };
}

function rowTitle(row: ComparisonRow, index: number): string {
  const first = row.cells.flat()[0]?.text ?? '';
  const short = first.length > 60 ? `${first.slice(0, 57).trimEnd()}…` : first;
  const about = row.shared.length > 0 ? row.shared.join(', ') : short;
  return `${String(index + 1)}. ${about}`;
}

function table(comparison: Comparison, rows: readonly ComparisonRow[]): Table {
  const header: TableRow = {
    type: 'tableRow',
    children: [cell('Ask'), ...comparison.roles.map((role) => cell(role.title)), cell('Roles')],
  };
  const body = rows.map((row, index): TableRow => ({
    type: 'tableRow',
    children: [
      cell(rowTitle(row, index)),
      ...row.cells.map((items) => cell(items.length === 0 ? '—' : items.map(cellLabel).join(', '))),
      cell(`${String(row.askedBy)}/${String(comparison.roles.length)}`),
    ],
  }));
  return {
    type: 'table',
    align: ['left', ...comparison.roles.map(() => 'center' as const), 'right'],
    children: [header, ...body],
  };
}

function itemFacts(item: CompareItem): string {
  const stories = item.storyIds.length;
  const storyWords =
    stories === 0 ? 'no story' : `${String(stories)} ${stories === 1 ? 'story' : 'stories'}`;
  return `${item.kind}, ${item.checked === 1 ? 'ticked' : 'not ticked'}, ${storyWords}`;
}

function askInFull(comparison: Comparison, row: ComparisonRow, index: number): RootContent[] {
  const entries: ListItem[] = [];
  row.cells.forEach((items, column) => {
    const title = comparison.roles[column]?.title ?? '';
    for (const item of items) {
      const content: PhrasingContent[] = [
        strong(oneLine(title)),
        text(` (${itemFacts(item)}): ${oneLine(item.text)}`),
      ];
      entries.push(listItem([paragraph(...content)], item.checked === 1));
    }
  });
  return [heading(3, rowTitle(row, index)), bulletList(entries)];
}

/**
 * The comparison as one Markdown document.
 *
 * @param comparison - The comparison (its roles are the table's columns).
 * @param rows - The rows to export, in order (the filtered rows the applicant sees).
 * @returns CommonMark + GFM text ending in one newline.
 */
export function comparisonMarkdown(comparison: Comparison, rows: readonly ComparisonRow[]): string {
  const titles = comparison.roles.map((role) => oneLine(role.title)).join(', ');
  const shared = rows.filter((row) => row.askedBy > 1).length;
  const blocks: RootContent[] = [
    heading(1, `Comparison: ${titles}`),
    paragraph(
      `${String(rows.length)} asks, ${String(shared)} of them asked by more than one role. ` +
        '✓ ticked, ☐ not ticked, — not asked.',
    ),
  ];
  if (rows.length === 0) blocks.push(paragraph('No asks match the filters.'));
  else blocks.push(table(comparison, rows), heading(2, 'The asks in full'));
  rows.forEach((row, index) => blocks.push(...askInFull(comparison, row, index)));
  return serialize(blocks);
}

/**
 * The export's file name: "comparison-" and the roles' titles as a slug, kept short.
 *
 * @param comparison - The comparison exported.
 */
export function comparisonFileName(comparison: Comparison): string {
  const slug = slugify(comparison.roles.map((role) => role.title).join(' '));
  return `comparison-${Array.from(slug).slice(0, 80).join('').replace(/-+$/u, '')}.md`;
}
