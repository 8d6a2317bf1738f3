/**
 * Contacts as vCard 4.0 (RFC 6350), the format every address book imports. Output is
 * CRLF-terminated UTF-8 text with lines folded at 75 octets (§3.2), never splitting a
 * character; several cards in one file are simply written one after another (§3.1).
 */
import { contactName, contactRoleLabel } from '../domain/contact-rules';
import type { Contact } from '../domain/model';
import { parseExportLinkTarget } from '../security/external-links';
import { isValidTime } from './format';
import { foldLine, icsUtc } from './ics';
import { cleanText, oneLine } from './mdast';

/** What one card is written from: a contact, its role label and the company it belongs to. */
export interface VCardPerson {
  /** Record id: a UUID becomes `urn:uuid:…`, so importing the file again updates the card. */
  id: string;
  name: string;
  /** Their part in the search, e.g. "Recruiter" or "Hiring manager" ("" for none). */
  roleLabel: string;
  email: string;
  phone: string;
  profileUrl: string;
  notes: string;
  updatedAt: number;
  /** The company of the role they belong to ("" for none). */
  organization?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * TEXT value escaping (§3.4): backslash, comma and newline. A semicolon is left as it
 * is, because the grammar's `text` has no `\;` (only compound values escape it).
 */
export function escapeVCardText(value: string): string {
  return cleanText(value)
    .replace(/\t/gu, ' ')
    .replace(/\\/gu, '\\\\')
    .replace(/,/gu, '\\,')
    .replace(/\n/gu, '\\n');
}

/** One component of a compound value (N, ORG): text escaping plus `\;`. */
export function escapeVCardComponent(value: string): string {
  return escapeVCardText(oneLine(value)).replace(/;/gu, '\\;');
}

/**
 * The structured name (N: family;given;additional;prefixes;suffixes). Names are not
 * reliably splittable, so this only takes the last word as the family name, which is
 * what address books sort by; FN keeps the name exactly as the user wrote it.
 */
export function structuredName(name: string): string {
  const words = oneLine(name).split(' ').filter(Boolean);
  const family = words.length > 1 ? (words.at(-1) ?? '') : '';
  const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  return `${escapeVCardComponent(family)};${escapeVCardComponent(given)};;;`;
}

function uidLine(id: string): string {
  return UUID.test(id)
    ? `UID:urn:uuid:${id.toLowerCase()}`
    : `UID;VALUE=text:${escapeVCardText(oneLine(id))}`;
}

function cardLines(person: VCardPerson): string[] {
  const name = oneLine(person.name) || 'Unnamed contact';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Shortlist//Shortlist contacts//EN',
    uidLine(person.id),
    'KIND:individual',
    `FN:${escapeVCardText(name)}`,
    `N:${structuredName(name)}`,
  ];
  const organization = oneLine(person.organization ?? '');
  if (organization) lines.push(`ORG:${escapeVCardComponent(organization)}`);
  if (oneLine(person.roleLabel)) lines.push(`ROLE:${escapeVCardText(oneLine(person.roleLabel))}`);
  if (oneLine(person.email)) lines.push(`EMAIL:${escapeVCardText(oneLine(person.email))}`);
  if (oneLine(person.phone)) lines.push(`TEL:${escapeVCardText(oneLine(person.phone))}`);
  // URL is a URI, not text: only a link the app would open itself is written.
  const url = parseExportLinkTarget(oneLine(person.profileUrl));
  if (url !== null && !url.startsWith('mailto:')) lines.push(`URL:${url}`);
  const notes = cleanText(person.notes).trim();
  if (notes) lines.push(`NOTE:${escapeVCardText(notes)}`);
  if (isValidTime(person.updatedAt)) lines.push(`REV:${icsUtc(person.updatedAt)}`);
  lines.push('END:VCARD');
  return lines;
}

/** One vCard 4.0 file holding a card per person, in the order given. */
export function contactsToVCard(people: readonly VCardPerson[]): string {
  return people.map((person) => `${cardLines(person).map(foldLine).join('\r\n')}\r\n`).join('');
}

/**
 * The vCard file of a role's contacts (one or all of them): each card carries its part
 * as ROLE and the role's company as ORG.
 */
export function contactsVCard(contacts: readonly Contact[], company: string): string {
  return contactsToVCard(
    contacts.map((contact) => ({
      id: contact.id,
      name: contactName(contact),
      roleLabel: contactRoleLabel(contact.role),
      email: contact.email,
      phone: contact.phone,
      profileUrl: contact.profileUrl,
      notes: contact.notes,
      updatedAt: contact.updatedAt,
      organization: company,
    })),
  );
}
