import { describe, expect, it } from 'vitest';
import {
  allRolesFiles,
  allRolesToMarkdown,
  INDEX_FILE_NAME,
} from '../../../../shared/export/all-roles';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import { findAll, frontMatterOf, outline, parseMarkdown, plain } from './markdown-tree';
import { OPTIONS, seededExport } from './seeded-role';

describe('allRolesToMarkdown', () => {
  const base = seededExport();
  const withTitle = (id: string, title: string, archived: 0 | 1 = 0) => ({
    ...base,
    role: { ...base.role, id, title, archived },
  });

  it('writes one file per role with distinct names and an index linking each', () => {
    const data = [
      withTitle('r3', 'Staff Engineer'),
      withTitle('r1', 'Engineering Manager'),
      withTitle('r2', 'Engineering Manager'),
      withTitle('r4', 'Index', 1),
    ];
    const files = allRolesToMarkdown(data, OPTIONS);
    const names = files.map((file) => file.name);
    expect(names[0]).toBe(INDEX_FILE_NAME);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(names.slice(1)).toEqual([
      'engineering-manager-canonical.md',
      'engineering-manager-canonical-2.md',
      'staff-engineer-canonical.md',
      'index-canonical.md',
    ]);
    const index = parseMarkdown(files[0]?.content ?? '');
    expect(frontMatterOf(index)).toMatchObject({ title: 'Shortlist roles', roles: 4 });
    expect(outline(index)).toEqual(['1 Shortlist roles', '2 Active', '2 Archived']);
    const links = findAll(index.children, 'link');
    expect(links.map((link) => link.url)).toEqual(names.slice(1));
    expect(links.map((link) => plain(link))).toEqual([
      'Engineering Manager — Canonical',
      'Engineering Manager — Canonical',
      'Staff Engineer — Canonical',
      'Index — Canonical',
    ]);
    // Each linked file is that role's own export.
    expect(files[3]?.content).toBe(roleToMarkdown(data[0] ?? base, OPTIONS));
  });

  it('URL-encodes link targets and keeps hostile titles as link text', () => {
    const files = allRolesToMarkdown([withTitle('r1', 'Über ] [x](y) <b> %20 ロール')], OPTIONS);
    const name = files[1]?.name ?? '';
    expect(name).toBe('über-x-y-b-20-ロール-canonical.md');
    const index = parseMarkdown(files[0]?.content ?? '');
    const [link] = findAll(index.children, 'link');
    expect(link?.url).toBe(encodeURIComponent(name));
    expect(decodeURIComponent(link?.url ?? '')).toBe(name);
    expect(plain(link ?? index)).toBe('Über ] [x](y) <b> %20 ロール — Canonical');
    expect(findAll(index.children, 'html')).toHaveLength(0);
  });

  it('is the same folder whatever order the roles come in', () => {
    const data = [withTitle('a', 'B role'), withTitle('b', 'A role'), withTitle('c', 'A role')];
    expect(allRolesToMarkdown([...data].reverse(), OPTIONS)).toEqual(
      allRolesToMarkdown(data, OPTIONS),
    );
  });

  it('writes an index saying there are no roles', () => {
    const [index, ...rest] = allRolesToMarkdown([], OPTIONS);
    expect(rest).toEqual([]);
    expect(index?.content).toContain('No roles.');
  });
});

describe('allRolesFiles', () => {
  it('yields the same files one at a time with progress', () => {
    const data = seededExport();
    const second = { ...data, role: { ...data.role, id: 'r2', title: 'Other' } };
    const steps = [...allRolesFiles([data, second], OPTIONS)];
    expect(steps.map((step) => [step.done, step.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(steps.map(({ name, content }) => ({ name, content }))).toEqual(
      allRolesToMarkdown([data, second], OPTIONS),
    );
  });
});
