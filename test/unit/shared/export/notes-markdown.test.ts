import { describe, expect, it } from 'vitest';
import { notesFileName } from '../../../../shared/export/file-names';
import { notesToMarkdown } from '../../../../shared/export/notes-markdown';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import { frontMatterOf, outline, parseMarkdown } from './markdown-tree';
import { OPTIONS, seededExport } from './seeded-role';

describe('notesToMarkdown', () => {
  const data = seededExport();
  const markdown = notesToMarkdown(data, OPTIONS);
  const tree = parseMarkdown(markdown);

  it('names the role in its front matter and holds the notes alone, newest first', () => {
    expect(frontMatterOf(tree)).toMatchObject({
      title: 'Notes — Engineering Manager, LXD',
      role: 'Engineering Manager, LXD',
      company: 'Canonical',
      notes: data.notes.length,
    });
    const headings = outline(tree, 2);
    expect(headings[0]).toBe('1 Notes: Engineering Manager, LXD');
    expect(headings.slice(1)).toHaveLength(data.notes.length);
    expect(headings[1]).toMatch(/^2 Offer /u);
    expect(headings.at(-1)).toMatch(/^2 First impressions — /u);
    for (const item of data.requirements) expect(markdown).not.toContain(item.text);
    expect(markdown).not.toBe(roleToMarkdown(data, OPTIONS));
  });

  it('says so when there are no notes, and has its own file name', () => {
    const empty = notesToMarkdown({ ...data, notes: [] }, OPTIONS);
    expect(empty).toContain('No notes yet.');
    expect(notesFileName(data.role)).toBe('notes-engineering-manager-lxd-canonical.md');
  });
});
