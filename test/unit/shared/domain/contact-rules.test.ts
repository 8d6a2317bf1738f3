import { describe, expect, it } from 'vitest';
import {
  BLANK_CONTACT,
  checkContactFields,
  contactRoleLabel,
  filterContacts,
  sortContacts,
  type ContactRow,
} from '../../../../shared/domain/contact-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import type { Contact } from '../../../../shared/domain/model';

function row(id: string, patch: Partial<Contact>, roleTitle = 'Role', company = ''): ContactRow {
  const contact: Contact = {
    id,
    roleId: 'r',
    ...BLANK_CONTACT,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  };
  return { contact, roleTitle, company };
}

describe('contact fields', () => {
  it('trims one-line fields and keeps notes as written', () => {
    const checked = checkContactFields({
      ...BLANK_CONTACT,
      name: '  Ada  ',
      email: ' ada@example.com ',
      notes: '  keep  ',
    });
    expect(checked).toEqual({
      ok: true,
      value: { ...BLANK_CONTACT, name: 'Ada', email: 'ada@example.com', notes: '  keep  ' },
    });
  });

  it('names the field of each problem', () => {
    const checked = checkContactFields({
      ...BLANK_CONTACT,
      name: ' ',
      email: 'ada@',
      phone: 'ring me',
      profileUrl: 'file:///etc/passwd',
    });
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual([
      'name',
      'email',
      'phone',
      'profileUrl',
    ]);
  });

  it('accepts real phone numbers and profile links', () => {
    for (const phone of ['+44 (0)20 7946-0000', '555.123.4567 ext. 12', '0301234567 x9']) {
      expect(checkContactFields({ ...BLANK_CONTACT, name: 'A', phone }).ok).toBe(true);
    }
    const profileUrl = 'https://www.linkedin.com/in/ada-lovelace/';
    expect(checkContactFields({ ...BLANK_CONTACT, name: 'A', profileUrl }).ok).toBe(true);
  });

  it('holds each field to the field-limits table: the limit passes, one more does not', () => {
    const { contactName, contactNotes } = FIELD_LIMITS;
    const at = (n: number) => 'x'.repeat(n);
    expect(checkContactFields({ ...BLANK_CONTACT, name: at(contactName.max) }).ok).toBe(true);
    expect(checkContactFields({ ...BLANK_CONTACT, name: at(contactName.max + 1) }).ok).toBe(false);
    const notes = (n: number) => ({ ...BLANK_CONTACT, name: 'A', notes: at(n) });
    expect(checkContactFields(notes(contactNotes.max)).ok).toBe(true);
    expect(checkContactFields(notes(contactNotes.max + 1)).ok).toBe(false);
  });

  it('refuses unknown keys and parts', () => {
    expect(checkContactFields({ ...BLANK_CONTACT, name: 'A', roleId: 'x' }).ok).toBe(false);
    expect(checkContactFields({ ...BLANK_CONTACT, name: 'A', role: 'boss' }).ok).toBe(false);
  });
});

describe('the Contacts list', () => {
  const rows = [
    row('1', { name: 'Zed', role: 'recruiter', updatedAt: 3 }, 'LXD', 'Canonical'),
    row('2', { name: 'ada', role: 'interviewer', email: 'ada@example.com', updatedAt: 9 }, 'HPC'),
    row('3', { name: 'Bea', role: 'hiring manager', notes: 'Met at KubeCon' }, 'Anbox'),
  ];
  const names = (list: ContactRow[]) => list.map((r) => r.contact.name);

  it('finds every word in name, part, e-mail, notes, job or company', () => {
    expect(names(filterContacts(rows, 'kubecon'))).toEqual(['Bea']);
    expect(names(filterContacts(rows, 'canonical zed'))).toEqual(['Zed']);
    expect(names(filterContacts(rows, 'hiring'))).toEqual(['Bea']);
    expect(names(filterContacts(rows, '@example'))).toEqual(['ada']);
    expect(names(filterContacts(rows, '  '))).toHaveLength(3);
  });

  it('sorts by name, job, part or recency', () => {
    expect(names(sortContacts(rows, 'name'))).toEqual(['ada', 'Bea', 'Zed']);
    expect(names(sortContacts(rows, 'role'))).toEqual(['Bea', 'ada', 'Zed']);
    expect(names(sortContacts(rows, 'part'))).toEqual(['Zed', 'Bea', 'ada']);
    expect(names(sortContacts(rows, 'updated'))).toEqual(['ada', 'Zed', 'Bea']);
  });

  it('labels every part', () => {
    expect(contactRoleLabel('hiring manager')).toBe('Hiring manager');
    expect(contactRoleLabel('referrer')).toBe('Referrer');
  });
});
