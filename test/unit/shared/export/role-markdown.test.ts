import { describe, expect, it } from 'vitest';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  findAll,
  frontMatterOf,
  outline,
  parseMarkdown,
  plain,
  section,
  taskItems,
} from './markdown-tree';
import { HOSTILE_TITLE, OPTIONS, note, seededExport } from './seeded-role';

describe('roleToMarkdown read back with remark + GFM + front matter', () => {
  const data = seededExport();
  const markdown = roleToMarkdown(data, OPTIONS);
  const tree = parseMarkdown(markdown);

  it('starts with front matter holding every field, user text intact', () => {
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(findAll(tree.children, 'yaml')).toHaveLength(1);
    expect(frontMatterOf(tree)).toEqual({
      title: 'Engineering Manager, LXD',
      company: 'Canonical',
      team: 'LXD (private cloud: KVM, Ceph, SDN)',
      location: 'Remote',
      status: 'interviewing',
      applied: '2026-11-03',
      source: '',
      exported: '2026-12-01T10:30:00.000Z',
    });
  });

  it('has the title, summary, responsibilities, checklist, interviews and notes as its only top sections', () => {
    expect(outline(tree, 2)).toEqual([
      '1 Engineering Manager, LXD',
      '2 Summary',
      '2 Responsibilities',
      '2 Checklist',
      '2 Interviews',
      '2 Notes',
    ]);
    expect(plain(section(tree.children, 2, 'Summary')[0] ?? tree)).toMatch(/^Our mission/u);
  });

  it('lists required and preferred items as task lists with their ticks', () => {
    const checklist = section(tree.children, 2, 'Checklist');
    const required = taskItems(section(checklist, 3, 'Required'));
    const preferred = taskItems(section(checklist, 3, 'Preferred'));
    const expected = (kind: 'required' | 'preferred') =>
      data.requirements
        .filter((item) => item.kind === kind)
        .sort((a, b) => a.order - b.order)
        .map((item) => [item.text, item.checked === 1]);
    const read = (items: typeof required) =>
      items.map((item) => [plain(item.children[0] ?? item), item.checked]);
    expect(read(required)).toEqual(expected('required'));
    expect(read(preferred)).toEqual([['Speaks to the [LXD] *roadmap*', true]]);
    // No evidence adds a task box of its own: the evidence's "[ ]" item stays text.
    expect(taskItems(checklist)).toHaveLength(data.requirements.length);
  });

  it('indents evidence and confidence under their item', () => {
    const checklist = section(tree.children, 2, 'Checklist');
    const first = taskItems(checklist)[0];
    expect(first).toBeDefined();
    const text = plain(first ?? tree);
    expect(text).toContain('Led a team of six engineers');
    expect(text).toContain('STAR');
    expect(text).toContain('[ ] not a checklist item');
    expect(text).toContain('Confidence: High');
    // The evidence's "## STAR" is no heading inside the checklist.
    expect(findAll(checklist, 'heading').map((node) => plain(node))).toEqual([
      'Required',
      'Preferred',
    ]);
  });

  it('shows the stages in order with time, people, status and outcome', () => {
    const stages = section(tree.children, 2, 'Interviews');
    expect(
      findAll(stages, 'heading')
        .filter((node) => node.depth === 3)
        .map(plain),
    ).toEqual(['1. Recruiter call', '2. Technical interview', '3. Leadership']);
    const first = section(stages, 3, '1. Recruiter call').map(plain).join('\n');
    expect(first).toContain('When: Wed, 4 Nov 2026, 14:00–14:30 (Europe/London)');
    expect(first).toContain('Interviewers: Sam Recruiter');
    expect(first).toContain('Status: Passed');
    expect(first).toContain('Went well; next round booked.');
    const second = section(stages, 3, '2. Technical interview').map(plain).join('\n');
    expect(second).toContain(
      'Thu, 3 Dec 2026, 09:00–10:30 (America/New_York; Thu, 3 Dec 2026, 14:00 in Europe/London)',
    );
    expect(second).toContain('Duration: 1 h 30 min');
  });

  it('lists notes newest first, each under its own dated heading', () => {
    const notes = section(tree.children, 2, 'Notes');
    expect(
      findAll(notes, 'heading')
        .filter((node) => node.depth === 3)
        .map(plain),
    ).toEqual([
      `${HOSTILE_TITLE} — 5 Nov 2026`,
      'Salary research — 4 Nov 2026',
      'First impressions — 3 Nov 2026',
    ]);
    const pinned = section(notes, 3, HOSTILE_TITLE, true).map(plain).join('\n');
    expect(pinned).toContain('Pinned');
    expect(pinned).toContain('Interview: Technical interview');
    const first = section(notes, 3, 'First impressions', true);
    // The note's reference link is resolved in place.
    expect(findAll(first, 'link').map((link) => link.url)).toEqual(['https://example.com/docs']);
  });

  it('keeps hostile note content inside its note, as text', () => {
    const notes = section(tree.children, 2, 'Notes');
    const hostile = section(notes, 3, HOSTILE_TITLE, true);
    const text = hostile.map(plain).join('\n');
    for (const fragment of [
      'title: injected',
      'Heading',
      'fake task',
      '<script>alert(1)</script>',
    ]) {
      expect(text).toContain(fragment);
    }
    expect(findAll(hostile, 'html')).toHaveLength(0);
    expect(findAll(tree.children, 'html')).toHaveLength(0);
    // Its headings sit below the note's heading; its tasks stay in the note.
    expect(findAll(hostile, 'heading').every((node) => node.depth > 3)).toBe(true);
    expect(taskItems(hostile).map((item) => item.checked)).toEqual([false, true]);
    expect(taskItems(tree.children)).toHaveLength(data.requirements.length + 2);
  });

  it('is LF only with exactly one final newline and no trailing spaces', () => {
    expect(markdown).not.toContain('\r');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
    expect(markdown.split('\n').filter((line) => /[ \t]$/u.test(line))).toEqual([]);
  });

  it('gives the same text for the same data whatever order records come in', () => {
    const shuffled = {
      ...data,
      requirements: [...data.requirements].reverse(),
      stages: [...data.stages].reverse(),
      notes: [...data.notes].reverse(),
    };
    expect(roleToMarkdown(shuffled, OPTIONS)).toBe(markdown);
  });

  it('breaks ties between notes written at the same time by id', () => {
    const twins = [note('b', 'r', { title: 'B' }), note('a', 'r', { title: 'A' })];
    const out = parseMarkdown(roleToMarkdown({ ...data, notes: twins }, OPTIONS));
    const titles = findAll(section(out.children, 2, 'Notes'), 'heading').map(plain);
    expect(titles.map((title) => title.slice(0, 1))).toEqual(['A', 'B']);
  });

  it('quotes front matter values that would otherwise break YAML', () => {
    const role = { ...data.role, title: 'a: b\n---\n# c', company: 'No', team: '"quoted" \\ x' };
    const out = parseMarkdown(roleToMarkdown({ ...data, role }, OPTIONS));
    const fields = frontMatterOf(out);
    expect(fields.title).toBe('a: b --- # c');
    expect(fields.company).toBe('No');
    expect(fields.team).toBe('"quoted" \\ x');
    expect(outline(out, 1)).toEqual(['1 a: b --- # c']);
  });

  it('writes empty sections plainly for a bare role', () => {
    const bare = { role: data.role, requirements: [], stages: [], notes: [] };
    const out = parseMarkdown(roleToMarkdown(bare, OPTIONS));
    expect(frontMatterOf(out)).toMatchObject({ status: '', applied: '' });
    expect(outline(out, 2)).toEqual([
      '1 Engineering Manager, LXD',
      '2 Checklist',
      '2 Interviews',
      '2 Notes',
    ]);
    expect(plain(section(out.children, 2, 'Notes')[0] ?? out)).toBe('No notes yet.');
  });
});

describe('roleToMarkdown with titles that look like Markdown', () => {
  const data = seededExport();
  const titles = [
    'C# Lead #',
    '#hashtag',
    '1. Numbered',
    '+ plus',
    '> quote',
    '<https://x.test>',
    '***',
    '---',
    '&amp; &#35;',
    '    indented',
    '| a | b |',
    '[^1]',
  ];

  it.each(titles)('reads %j back as the same heading and note title', (title) => {
    const notes = [note('n1', data.role.id, { title, body: '#\n\n# \n\nok' })];
    const requirements = data.requirements.map((item, index) =>
      index === 0 ? { ...item, text: title, evidence: '#\n\n##' } : item,
    );
    const out = parseMarkdown(
      roleToMarkdown({ ...data, role: { ...data.role, title }, notes, requirements }, OPTIONS),
    );
    expect(outline(out, 1)).toEqual([`1 ${title.trim()}`]);
    const headings = findAll(section(out.children, 2, 'Notes'), 'heading');
    expect(headings.map((node) => `${String(node.depth)} ${plain(node)}`)).toEqual([
      `3 ${title.trim()} — 2 Nov 2026`,
      '4 ',
      '4 ',
    ]);
    const checklist = section(out.children, 2, 'Checklist');
    expect(plain(taskItems(checklist)[0]?.children[0] ?? out)).toBe(title.trim());
    expect(findAll(checklist, 'thematicBreak')).toEqual([]);
  });
});
