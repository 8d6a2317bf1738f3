import { describe, expect, it } from 'vitest';
import {
  interviewBriefToMarkdown,
  NOT_TICKED_FLAG,
} from '../../../../shared/export/interview-brief';
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

describe('interviewBriefToMarkdown', () => {
  const data = seededExport();
  const markdown = interviewBriefToMarkdown(data, 'stage-2', OPTIONS) ?? '';
  const tree = parseMarkdown(markdown);

  it('is null for a stage the role does not have', () => {
    expect(interviewBriefToMarkdown(data, 'no-such-stage', OPTIONS)).toBeNull();
  });

  it('has front matter, the round as title and the role in two lines', () => {
    expect(frontMatterOf(tree)).toMatchObject({
      role: 'Engineering Manager, LXD',
      company: 'Canonical',
      stage: 'Technical interview',
      scheduled: '2026-12-03',
    });
    expect(outline(tree, 2)).toEqual([
      '1 Interview brief: Technical interview',
      '2 When and who',
      '2 What this round probes',
      '2 Other required items not ticked yet',
      '2 Prep notes',
      '2 Notes for this interview',
    ]);
    const [first, second] = tree.children.slice(2).map(plain);
    expect(first).toBe('Engineering Manager, LXD at Canonical');
    expect(second).toBe('LXD (private cloud: KVM, Ceph, SDN) · Remote · Status: Interviewing');
  });

  it('lists the probed requirements with evidence and flags unticked required ones', () => {
    const probed = taskItems(section(tree.children, 2, 'What this round probes'));
    const byId = new Map(data.requirements.map((item) => [item.id, item]));
    const expected = ['req-1', 'req-2', 'req-3'].map((id) => byId.get(id)?.text);
    expect(probed.map((item) => plain(item.children[0] ?? item).replace(/ — .*$/u, ''))).toEqual(
      expected,
    );
    expect(probed.map((item) => item.checked)).toEqual([true, true, false]);
    const flagged = probed.map((item) => plain(item).includes(NOT_TICKED_FLAG));
    expect(flagged).toEqual([false, false, true]);
    expect(plain(probed[2] ?? tree)).toContain('Not yet: read up on Ceph.');
    expect(plain(probed[0] ?? tree)).toContain('Confidence: High');
  });

  it('flags the other unticked required items', () => {
    const gaps = taskItems(section(tree.children, 2, 'Other required items not ticked yet'));
    expect(gaps.map((item) => item.checked)).toEqual(Array.from({ length: 8 }, () => false));
    expect(gaps.every((item) => plain(item).includes(NOT_TICKED_FLAG))).toBe(true);
  });

  it('shows who, when, prep notes (headings demoted) and only the notes of this round', () => {
    const who = section(tree.children, 2, 'When and who').map(plain).join('\n');
    expect(who).toContain('Interviewers: Ada Lovelace, Grace Hopper');
    expect(who).toContain('Location: Video call');
    const prep = section(tree.children, 2, 'Prep notes');
    expect(prep.map(plain).join('\n')).toContain('Review LXD clustering.');
    expect(findAll(prep, 'heading').map((node) => `${String(node.depth)} ${plain(node)}`)).toEqual([
      '3 Questions',
    ]);
    const notes = section(tree.children, 2, 'Notes for this interview');
    expect(
      findAll(notes, 'heading')
        .filter((node) => node.depth === 3)
        .map(plain),
    ).toEqual([`${HOSTILE_TITLE} — 5 Nov 2026`]);
    expect(notes.map(plain).join('\n')).toContain('<script>alert(1)</script>');
  });

  it('says so when the round probes nothing and has no prep or notes', () => {
    const out = parseMarkdown(interviewBriefToMarkdown(data, 'stage-3', OPTIONS) ?? '');
    expect(plain(section(out.children, 2, 'What this round probes')[0] ?? out)).toBe(
      'No checklist items are linked to this round.',
    );
    expect(plain(section(out.children, 2, 'Prep notes')[0] ?? out)).toBe('No prep notes yet.');
    expect(frontMatterOf(out)).toMatchObject({ scheduled: '' });
    const who = section(out.children, 2, 'When and who').map(plain).join('\n');
    expect(who).toContain('When: Not scheduled yet');
  });

  it('keeps notes of other rounds out and ends with one newline', () => {
    const other = note('n-other', data.role.id, { title: 'Other round', stageId: 'stage-1' });
    const out = interviewBriefToMarkdown(
      { ...data, notes: [...data.notes, other] },
      'stage-2',
      OPTIONS,
    );
    expect(out).not.toContain('Other round');
    expect(out?.endsWith('\n')).toBe(true);
    expect(out?.endsWith('\n\n')).toBe(false);
  });
});
