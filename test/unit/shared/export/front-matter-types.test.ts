import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allRolesToMarkdown } from '../../../../shared/export/all-roles';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { frontMatter, yamlDate } from '../../../../shared/export/mdast';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import { OPTIONS, seededExport } from './seeded-role';

/** The front matter read as YAML 1.1 does (Obsidian, Jekyll): timestamps become Dates. */
function typedFrontMatter(markdown: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/u.exec(markdown)?.[1] ?? '';
  return parse(block, { version: '1.1' }) as Record<string, unknown>;
}

describe('front matter keeps YAML types', () => {
  it('writes counts as numbers and dates as dates, strings still quoted', () => {
    const [index] = allRolesToMarkdown([seededExport()], OPTIONS);
    const fields = typedFrontMatter(index?.content ?? '');
    expect(fields.roles).toBe(1);
    expect(fields.exported).toEqual(new Date(OPTIONS.exportedAt));
    expect(index?.content).toContain('title: "Shortlist roles"');
  });

  it('types the role export and the brief the same way', () => {
    const role = typedFrontMatter(roleToMarkdown(seededExport(), OPTIONS));
    expect(role.applied).toBeInstanceOf(Date);
    expect(role.exported).toEqual(new Date(OPTIONS.exportedAt));
    expect(typeof role.status).toBe('string');
    const brief = typedFrontMatter(
      interviewBriefToMarkdown(seededExport(), 'stage-2', OPTIONS) ?? '',
    );
    expect(brief.exported).toEqual(new Date(OPTIONS.exportedAt));
  });

  it('quotes a date value that is not an ISO date, so it cannot change the block', () => {
    const node = frontMatter({ when: yamlDate('2026-01-01\n---\nevil: 1'), n: 3 });
    expect(node).toMatchObject({ type: 'yaml' });
    const value = (node as { value: string }).value;
    expect(parse(value)).toEqual({ when: '2026-01-01\n---\nevil: 1', n: 3 });
    expect(value.split('\n')[0]).toBe('when: "2026-01-01\\n---\\nevil: 1"');
  });
});
