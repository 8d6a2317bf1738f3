import { describe, expect, it } from 'vitest';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { RoleExportData } from '../../../../shared/export/types';
import { frontMatterOf, outline, parseMarkdown, plain, section } from './markdown-tree';
import { OPTIONS, seededExport } from './seeded-role';

/** The seeded role with every application detail filled in, and a team paragraph. */
function filledIn(): RoleExportData {
  const data = seededExport();
  if (!data.application || !data.posting) throw new Error('the seeded export has both');
  return {
    ...data,
    application: {
      ...data.application,
      priority: 2,
      channel: 'Referral',
      contact: 'Ada Lovelace <ada@example.com>',
      nextAction: 'Send the written answers',
      nextActionDue: Date.UTC(2026, 11, 5, 12, 0),
      compensationNotes: 'Band **E**; equity refreshes yearly.',
    },
    posting: {
      ...data.posting,
      sections: [
        ...data.posting.sections,
        {
          heading: 'About the team',
          kind: 'about',
          paragraphs: ['The BootStack team runs clouds for customers.'],
          items: [],
        },
      ],
    },
  };
}

describe('exports leave nothing the applicant entered out', () => {
  it('the role export has every application detail, with front matter for the structured ones', () => {
    const markdown = roleToMarkdown(filledIn(), OPTIONS);
    const tree = parseMarkdown(markdown);
    expect(frontMatterOf(tree)).toMatchObject({
      status: 'interviewing',
      priority: 2,
      channel: 'Referral',
      next_action: 'Send the written answers',
      next_action_due: '2026-12-05',
    });
    const application = plain({ type: 'root', children: section(tree.children, 2, 'Application') });
    expect(application).toContain('Priority: 2 of 5');
    expect(application).toContain('Channel: Referral');
    expect(application).toContain('Contact: Ada Lovelace <ada@example.com>');
    expect(application).toContain('Next action: Send the written answers (due 5 Dec 2026)');
    expect(application).toContain('Compensation notes:');
    expect(application).toContain('Band E; equity refreshes yearly.');
  });

  it('the role export keeps the posting’s responsibilities and every summary paragraph', () => {
    const tree = parseMarkdown(roleToMarkdown(filledIn(), OPTIONS));
    expect(outline(tree, 2)).toEqual([
      '1 Engineering Manager, LXD',
      '2 Application',
      '2 Summary',
      '2 Responsibilities',
      '2 Checklist',
      '2 Interviews',
      '2 Notes',
    ]);
    const summary = plain({ type: 'root', children: section(tree.children, 2, 'Summary') });
    expect(summary).toContain('The BootStack team runs clouds for customers.');
    const duties = section(tree.children, 2, 'Responsibilities');
    expect(duties.length).toBeGreaterThan(0);
    const seeded = seededExport().posting?.sections.find((s) => s.kind === 'responsibilities');
    expect(plain({ type: 'root', children: duties })).toContain(seeded?.items[0] ?? '(none)');
  });

  it('the interview brief has the application details too', () => {
    const brief = interviewBriefToMarkdown(filledIn(), 'stage-2', OPTIONS) ?? '';
    const tree = parseMarkdown(brief);
    const application = plain({ type: 'root', children: section(tree.children, 2, 'Application') });
    expect(application).toContain('Contact: Ada Lovelace <ada@example.com>');
    expect(application).toContain('Next action: Send the written answers (due 5 Dec 2026)');
  });

  it('adds no Application section when nothing was entered', () => {
    const tree = parseMarkdown(roleToMarkdown(seededExport(), OPTIONS));
    expect(outline(tree, 2)).not.toContain('2 Application');
  });
});
