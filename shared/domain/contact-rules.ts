/**
 * Contacts as pure rules: how each part a person plays is named, what a contact may be
 * saved with (the field-limits table's lengths, a usable e-mail, phone and link), and the
 * Contacts list's search and orders.
 */
import { z } from 'zod';
import { parseExternalUrl } from '../security/external-links';
import { FIELD_LIMITS, formatCount } from './field-limits';
import { CONTACT_ROLES, type Contact, type ContactRole } from './model';

const ROLE_LABELS: Record<ContactRole, string> = {
  recruiter: 'Recruiter',
  'hiring manager': 'Hiring manager',
  interviewer: 'Interviewer',
  referrer: 'Referrer',
  other: 'Other',
};

/** "Hiring manager", for display. */
export function contactRoleLabel(role: ContactRole): string {
  return ROLE_LABELS[role];
}

/** What a contact without a name is called in lists and exports. */
export const UNNAMED_CONTACT = 'Unnamed contact';

/** The name to show: the contact's own, or {@link UNNAMED_CONTACT}. */
export function contactName(contact: Pick<Contact, 'name'>): string {
  return contact.name.trim() || UNNAMED_CONTACT;
}

/** The fields the contact form edits. */
export type ContactFields = Pick<
  Contact,
  'name' | 'role' | 'email' | 'phone' | 'profileUrl' | 'notes'
>;

/** An empty form: a new contact starts as a recruiter, the person most often met first. */
export const BLANK_CONTACT: ContactFields = {
  name: '',
  role: 'recruiter',
  email: '',
  phone: '',
  profileUrl: '',
  notes: '',
};

const tooLong = (max: number) => `At most ${formatCount(max)} characters.`;
const trimmed = (max: number) => z.string().trim().max(max, tooLong(max));

// Loose on purpose: a real address has one @ with text on both sides and no spaces;
// anything stricter refuses addresses that work.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
// Digits and what people write around them: +44 (0)20 7946-0000 ext. 12.
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(?:\s*(?:ext\.?|x|#)\s*\d+)?$/iu;

const {
  contactName: name,
  contactEmail,
  contactPhone,
  contactProfileUrl,
  contactNotes,
} = FIELD_LIMITS;

/**
 * What a contact is saved with: the one-line fields trimmed, a name required, and the
 * e-mail, phone and profile link checked when given. Unknown keys are refused, so the
 * role a contact belongs to never changes through an edit.
 */
export const contactFieldsSchema = z.strictObject({
  name: trimmed(name.max).min(1, 'A contact needs a name.'),
  role: z.enum(CONTACT_ROLES),
  email: trimmed(contactEmail.max).refine(
    (value) => value === '' || EMAIL.test(value),
    'Enter an e-mail address like name@example.com.',
  ),
  phone: trimmed(contactPhone.max).refine(
    (value) => value === '' || PHONE.test(value),
    'Enter a phone number: digits, spaces, + ( ) - and an extension.',
  ),
  profileUrl: trimmed(contactProfileUrl.max).refine(
    (value) => value === '' || parseExternalUrl(value) !== null,
    'Enter a web link starting with https:// or http://.',
  ),
  notes: z.string().max(contactNotes.max, tooLong(contactNotes.max)),
});

/** Which field a problem is about, and what to tell the user. */
export interface ContactProblem {
  field: keyof ContactFields;
  message: string;
}

/** The fields as stored, or every problem that stops them being saved. */
export function checkContactFields(
  input: unknown,
): { ok: true; value: ContactFields } | { ok: false; problems: ContactProblem[] } {
  const parsed = contactFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    field: (issue.path[0] ?? 'name') as keyof ContactFields,
    message: issue.message,
  }));
  return { ok: false, problems };
}

/** A contact with the role (job) it belongs to, as the Contacts list shows it. */
export interface ContactRow {
  contact: Contact;
  roleTitle: string;
  company: string;
}

export const CONTACT_SORTS = ['name', 'role', 'part', 'updated'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const CONTACT_SORT_LABELS: Record<ContactSort, string> = {
  name: 'Name',
  role: 'Role (job)',
  part: 'Part they play',
  updated: 'Recently updated',
};

function words(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
}

/** The rows whose name, part, e-mail, phone, notes, job title or company hold every word. */
export function filterContacts(rows: readonly ContactRow[], query: string): ContactRow[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...rows];
  return rows.filter((row) => {
    const { contact } = row;
    const haystack = [
      contact.name,
      contactRoleLabel(contact.role),
      contact.email,
      contact.phone,
      contact.notes,
      row.roleTitle,
      row.company,
    ]
      .join('\n')
      .toLocaleLowerCase();
    return wanted.every((word) => haystack.includes(word));
  });
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** The rows in the chosen order; ties fall back to the name, then the id, so it is stable. */
export function sortContacts(rows: readonly ContactRow[], sort: ContactSort): ContactRow[] {
  const tie = (a: ContactRow, b: ContactRow) =>
    byText(contactName(a.contact), contactName(b.contact)) ||
    (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0);
  const primary = (a: ContactRow, b: ContactRow): number => {
    switch (sort) {
      case 'name':
        return 0;
      case 'role':
        return byText(a.roleTitle, b.roleTitle) || byText(a.company, b.company);
      case 'part':
        return CONTACT_ROLES.indexOf(a.contact.role) - CONTACT_ROLES.indexOf(b.contact.role);
      case 'updated':
        return b.contact.updatedAt - a.contact.updatedAt;
    }
  };
  return [...rows].sort((a, b) => primary(a, b) || tie(a, b));
}
