import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/model';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { RoleExportData } from '../../../../shared/export/types';
import { findAll, outline, parseMarkdown, plain, section } from './markdown-tree';
import { OPTIONS, T0, seededExport } from './seeded-role';

function contact(id: string, patch: Partial<Contact>): Contact {
  return {
    id,
    roleId: 'role-lxd',
    name: 'Someone',
    role: 'other',
    email: '',
    phone: '',
    profileUrl: '',
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

/** The seeded role with two contacts, one of them interviewing in the technical round. */
function withContacts(): RoleExportData {
  const data = seededExport();
  const roleId = data.role.id;
  const contacts = [
    contact('c-zed', {
      roleId,
      name: 'Zed Recruiter',
      role: 'recruiter',
      email: 'zed@example.com',
      notes: 'Prefers **calls** to e-mail.',
    }),
    contact('c-ada', {
      roleId,
      name: 'Ada Lovelace',
      role: 'hiring manager',
      email: 'ada@example.com',
      phone: '+44 20 7946 0000',
      profileUrl: 'https://example.com/in/ada',
    }),
  ];
  const stages = data.stages.map((stage) =>
    stage.id === 'stage-2' ? { ...stage, interviewerContactIds: ['c-ada'] } : stage,
  );
  return { ...data, stages, contacts };
}

describe('contacts in the role export', () => {
  it('lists every contact by name under Contacts, after the interviews', () => {
    const tree = parseMarkdown(roleToMarkdown(withContacts(), OPTIONS));
    const headings = outline(tree, 3);
    const at = headings.indexOf('2 Contacts');
    expect(at).toBeGreaterThan(headings.indexOf('2 Interviews'));
    expect(headings.slice(at + 1, at + 3)).toEqual([
      '3 Ada Lovelace — Hiring manager',
      '3 Zed Recruiter — Recruiter',
    ]);
    const ada = section(tree.children, 3, 'Ada Lovelace — Hiring manager');
    const text = plain({ type: 'root', children: ada });
    expect(text).toContain('Phone: +44 20 7946 0000');
    expect(text).toContain('Interviews: Technical interview');
    const links = findAll(ada, 'link').map((link) => link.url);
    expect(links).toEqual(['mailto:ada@example.com', 'https://example.com/in/ada']);
    const zed = plain({
      type: 'root',
      children: section(tree.children, 3, 'Zed Recruiter — Recruiter'),
    });
    expect(zed).toContain('Prefers calls to e-mail.');
  });

  it('names linked interviewers in their stage, beside the free-text ones', () => {
    const tree = parseMarkdown(roleToMarkdown(withContacts(), OPTIONS));
    const round = plain({
      type: 'root',
      children: section(tree.children, 3, '2. Technical interview'),
    });
    expect(round).toContain(
      'Interviewers: Ada Lovelace (Hiring manager); Ada Lovelace, Grace Hopper',
    );
  });

  it('has no Contacts section for a role without contacts', () => {
    const tree = parseMarkdown(roleToMarkdown(seededExport(), OPTIONS));
    expect(outline(tree, 2)).not.toContain('2 Contacts');
  });
});

describe('contacts in the interview brief', () => {
  it('shows the round’s interviewers in full, and only them', () => {
    const brief = interviewBriefToMarkdown(withContacts(), 'stage-2', OPTIONS) ?? '';
    const tree = parseMarkdown(brief);
    expect(outline(tree, 3)).toContain('3 Ada Lovelace — Hiring manager');
    expect(brief).not.toContain('Zed Recruiter');
    const people = plain({ type: 'root', children: section(tree.children, 2, 'Interviewers') });
    expect(people).toContain('E-mail: ada@example.com');
    expect(people).toContain('Profile: https://example.com/in/ada');
    const who = plain({ type: 'root', children: section(tree.children, 2, 'When and who') });
    expect(who).toContain('Interviewers: Ada Lovelace (Hiring manager)');
  });

  it('has no Interviewers section when the round links no contact', () => {
    const brief = interviewBriefToMarkdown(withContacts(), 'stage-1', OPTIONS) ?? '';
    expect(outline(parseMarkdown(brief), 2)).not.toContain('2 Interviewers');
  });

  it('ignores a linked id whose contact is gone', () => {
    const data = withContacts();
    const brief = interviewBriefToMarkdown({ ...data, contacts: [] }, 'stage-2', OPTIONS) ?? '';
    expect(brief).not.toContain('Ada Lovelace (Hiring manager)');
    expect(outline(parseMarkdown(brief), 2)).not.toContain('2 Interviewers');
  });
});
