/**
 * Every role as its own Markdown file plus an `index.md` that links them, for a folder
 * export. File names are readable and distinct; the index lists active roles before
 * archived ones, each group by title, so the same data always gives the same folder.
 */
import type { ListItem, RootContent } from 'mdast';
import type { Role } from '../domain/model';
import { statusLabel } from '../domain/status';
import { formatDateTime, usableZone } from './format';
import { roleFileName } from './file-names';
import {
  bulletList,
  frontMatter,
  heading,
  listItem,
  paragraph,
  serialize,
  text,
  yamlDate,
} from './mdast';
import { moneyDateIndexFacts } from './money-dates-blocks';
import { roleToMarkdown } from './role-markdown';
import { roleByline, roleTitle } from './sections';
import type { ExportFile, ExportOptions, RoleExportData } from './types';

/** The index file's name; no role file can take it. */
export const INDEX_FILE_NAME = 'index.md';

function compareRoles(a: Role, b: Role): number {
  return (
    a.archived - b.archived ||
    roleTitle(a).localeCompare(roleTitle(b), 'en') ||
    a.company.localeCompare(b.company, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A role's file in a folder export, with what index.md says of it. */
export interface IndexEntry {
  role: Role;
  fileName: string;
  /** The facts after the link: byline, status, required items ticked. */
  facts: string[];
}

/**
 * Every role's file name, in the index's order (active before archived, each by title).
 * Names depend only on the roles, so a caller can name every file before reading the
 * rest of any role's data, and write the files in any order.
 */
export function planRoleFiles(roles: readonly Role[]): { role: Role; fileName: string }[] {
  const taken = new Set([INDEX_FILE_NAME]);
  return [...roles]
    .sort(compareRoles)
    .map((role) => ({ role, fileName: roleFileName(role, taken) }));
}

/** What index.md says of a role after its link: byline, status, ticks, pay, closing day. */
export function indexFacts(data: RoleExportData): string[] {
  const facts: string[] = [];
  // The company is already in the link text.
  const byline = roleByline({ ...data.role, company: '' });
  if (byline) facts.push(byline);
  if (data.application) facts.push(statusLabel(data.application.status));
  const required = data.requirements.filter((item) => item.kind === 'required');
  if (required.length > 0) {
    const ticked = required.filter((item) => item.checked === 1).length;
    facts.push(`${String(ticked)}/${String(required.length)} required ticked`);
  }
  facts.push(...moneyDateIndexFacts(data.role, data.application));
  return facts;
}

function indexItem({ role, fileName, facts }: IndexEntry): ListItem {
  const label = [roleTitle(role), role.company.trim()].filter(Boolean).join(' — ');
  return listItem([
    paragraph(
      // The file name is already safe; encoding keeps the link valid in every viewer.
      { type: 'link', url: encodeURIComponent(fileName), title: null, children: [text(label)] },
      ...(facts.length > 0 ? [text(` · ${facts.join(' · ')}`)] : []),
    ),
  ]);
}

/** index.md for `entries`, given in the order of {@link planRoleFiles}. */
export function indexMarkdown(entries: readonly IndexEntry[], options: ExportOptions): string {
  const zone = usableZone(options.timeZone, 'UTC');
  const blocks: RootContent[] = [
    frontMatter({
      title: 'Shortlist roles',
      roles: entries.length,
      exported: yamlDate(new Date(options.exportedAt).toISOString()),
    }),
    heading(1, 'Shortlist roles'),
    paragraph(
      `${String(entries.length)} ${entries.length === 1 ? 'role' : 'roles'}, exported ${formatDateTime(options.exportedAt, zone)} (${zone}).`,
    ),
  ];
  const active = entries.filter((entry) => entry.role.archived === 0);
  const archived = entries.filter((entry) => entry.role.archived === 1);
  for (const [label, group] of [
    ['Active', active],
    ['Archived', archived],
  ] as const) {
    if (group.length === 0) continue;
    blocks.push(heading(2, label));
    blocks.push(bulletList(group.map(indexItem)));
  }
  if (entries.length === 0) blocks.push(paragraph('No roles.'));
  return serialize(blocks);
}

/**
 * The files of {@link allRolesToMarkdown} one at a time, index first, so a caller with
 * thousands of roles can report progress and let the interface breathe between files
 * (each role's notes are parsed, which takes a moment). `total` counts the index too.
 */
export function* allRolesFiles(
  data: readonly RoleExportData[],
  options: ExportOptions,
): Generator<ExportFile & { done: number; total: number }, void, undefined> {
  const byRole = new Map(data.map((item) => [item.role, item]));
  const entries = planRoleFiles(data.map((item) => item.role)).map(({ role, fileName }) => {
    const item = byRole.get(role) as RoleExportData;
    return { data: item, fileName, facts: indexFacts(item), role };
  });
  const total = entries.length + 1;
  yield { name: INDEX_FILE_NAME, content: indexMarkdown(entries, options), done: 1, total };
  let done = 1;
  for (const entry of entries) {
    done += 1;
    yield { name: entry.fileName, content: roleToMarkdown(entry.data, options), done, total };
  }
}

/**
 * One file per role (named by {@link roleFileName}, distinct) plus `index.md` linking
 * them with relative, URL-encoded links. The index comes first.
 */
export function allRolesToMarkdown(data: RoleExportData[], options: ExportOptions): ExportFile[] {
  return Array.from(allRolesFiles(data, options), ({ name, content }) => ({ name, content }));
}
