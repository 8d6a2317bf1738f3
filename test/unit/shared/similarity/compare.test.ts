import { describe, expect, it } from 'vitest';
import { compareRoles, filterComparison } from '../../../../shared/similarity/index';
import type { CompareItem, Comparison } from '../../../../shared/similarity/index';
import { comparisonMarkdown } from '../../../../shared/export/comparison-markdown';

function item(roleId: string, order: number, text: string, patch: Partial<CompareItem> = {}) {
  return {
    id: `${roleId}-${String(order)}`,
    roleId,
    text,
    kind: 'required',
    checked: 0,
    order,
    storyIds: [],
    ...patch,
  } satisfies CompareItem;
}

const ROLES = [
  { id: 'a', title: 'Engineering Manager, LXD' },
  { id: 'b', title: 'Linux Server | Manager' },
  { id: 'c', title: 'Engineering Manager, MLOps' },
];

const ITEMS: CompareItem[] = [
  item('a', 0, 'Technical leadership experience and a background in software engineering', {
    checked: 1,
    storyIds: ['s1'],
  }),
  item('a', 1, 'A Bachelors degree in Computer Science'),
  item('a', 2, 'Experience with Go'),
  item('b', 0, 'Technical leadership and a solid background in software engineering is a must'),
  item('b', 1, 'Willingness to travel up to 4 times a year', { kind: 'preferred' }),
  item('c', 0, 'A university degree in computer science', { checked: 1 }),
  item('c', 1, 'Willingness to travel up to 4 times a year for internal events', { checked: 1 }),
  item('c', 2, 'Technical leadership and a background in software engineering', { checked: 1 }),
  item('x', 0, 'An item of a role not compared'),
];

function compared(): Comparison {
  const result = compareRoles(ROLES, ITEMS);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('compare roles', () => {
  it('makes one row per ask, one cell per role, asks of most roles first', () => {
    const { rows } = compared();
    expect(rows.map((row) => row.askedBy)).toEqual([3, 2, 2, 1]);
    const [leadership, degree, travel, go] = rows;
    expect(leadership?.cells.map((cell) => cell.map((i) => i.id))).toEqual([
      ['a-0'],
      ['b-0'],
      ['c-2'],
    ]);
    expect(leadership?.shared).toEqual(
      expect.arrayContaining(['leadership', 'software engineering']),
    );
    expect(degree?.cells.map((cell) => cell.length)).toEqual([1, 0, 1]);
    expect(travel?.cells.map((cell) => cell.length)).toEqual([0, 1, 1]);
    expect(go?.cells.map((cell) => cell.map((i) => i.text))).toEqual([
      ['Experience with Go'],
      [],
      [],
    ]);
    expect(rows.flatMap((row) => row.cells.flat()).some((i) => i.roleId === 'x')).toBe(false);
  });

  it('filters: asked by all, unticked anywhere, no story yet', () => {
    const comparison = compared();
    const ids = (filters: Parameters<typeof filterComparison>[1]) =>
      filterComparison(comparison, filters).map((row) => row.id);
    expect(ids({ askedByAll: true })).toEqual(['a-0']);
    expect(ids({ untickedAnywhere: true })).toEqual(['a-0', 'a-1', 'b-1', 'a-2']);
    expect(ids({ noStoryYet: true })).toEqual(['a-1', 'b-1', 'a-2']);
    expect(ids({ askedByAll: true, noStoryYet: true })).toEqual([]);
    expect(ids({})).toHaveLength(4);
  });

  it('takes 2 to 5 roles, and says so otherwise', () => {
    expect(compareRoles(ROLES.slice(0, 1), ITEMS)).toEqual({
      ok: false,
      error: 'Pick 2 to 5 roles to compare (1 picked).',
    });
    const six = Array.from({ length: 6 }, (_, n) => ({ id: `r${String(n)}`, title: 'R' }));
    expect(compareRoles(six, []).ok).toBe(false);
  });

  it('exports a GFM table and the asks in full, escaping what could break the table', () => {
    const comparison = compared();
    const markdown = comparisonMarkdown(comparison, comparison.rows);
    // The serializer pads table cells; compare with single spaces.
    const lines = markdown.split('\n').map((line) => line.replace(/ {2,}/g, ' '));
    expect(lines[0]).toBe(
      '# Comparison: Engineering Manager, LXD, Linux Server | Manager, Engineering Manager, MLOps',
    );
    const header = lines.find((line) => line.startsWith('| Ask'));
    expect(header).toContain('Linux Server \\| Manager');
    expect(lines).toContain('| 4. Experience with Go | ☐ required | — | — | 1/3 |');
    expect(markdown).toContain('## The asks in full');
    expect(markdown).toContain(
      '- [x] **Engineering Manager, LXD** (required, ticked, 1 story): Technical leadership experience and a background in software engineering',
    );
    expect(markdown).toContain(
      '(preferred, not ticked, no story): Willingness to travel up to 4 times a year',
    );
    expect(markdown.endsWith('\n')).toBe(true);
    expect(comparisonMarkdown(comparison, [])).toContain('No asks match the filters.');
  });
});
