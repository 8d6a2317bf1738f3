import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  contactsToVCard,
  escapeVCardText,
  structuredName,
  type VCardPerson,
} from '../../../../shared/export/vcard';

const REV = Date.UTC(2026, 11, 1, 10, 30);

function person(overrides: Partial<VCardPerson> = {}): VCardPerson {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    name: 'Ada Lovelace',
    roleLabel: 'Hiring manager',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    profileUrl: 'https://example.com/in/ada',
    notes: 'Met at the meetup, liked LXD.\nAsk about team size; and remote work.',
    updatedAt: REV,
    organization: 'Canonical',
    ...overrides,
  };
}

/** Every card in the file, as ical.js reads them. */
function cards(text: string): ICAL.Component[] {
  // ical.js returns one card's jCard alone, or an array of them when there are several.
  const parsed = ICAL.parse(text) as unknown[];
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return list.map((jcal) => new ICAL.Component(jcal));
}

describe('contactsToVCard read back with ical.js', () => {
  it('writes a vCard 4.0 with every field a contact has', () => {
    const [card] = cards(contactsToVCard([person()]));
    expect(card?.name).toBe('vcard');
    expect(card?.getFirstPropertyValue('version')).toBe('4.0');
    expect(card?.getFirstPropertyValue('fn')).toBe('Ada Lovelace');
    expect(card?.getFirstPropertyValue('n')).toEqual(['Lovelace', 'Ada', '', '', '']);
    expect(card?.getFirstPropertyValue('org')).toBe('Canonical');
    expect(card?.getFirstPropertyValue('role')).toBe('Hiring manager');
    expect(card?.getFirstPropertyValue('email')).toBe('ada@example.com');
    expect(card?.getFirstPropertyValue('tel')).toBe('+44 20 7946 0000');
    expect(card?.getFirstPropertyValue('url')).toBe('https://example.com/in/ada');
    expect(card?.getFirstPropertyValue('note')).toBe(
      'Met at the meetup, liked LXD.\nAsk about team size; and remote work.',
    );
    expect(card?.getFirstPropertyValue('uid')).toBe(
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(String(card?.getFirstPropertyValue('rev'))).toBe('2026-12-01T10:30:00Z');
  });

  it('puts VERSION right after BEGIN, as RFC 6350 requires', () => {
    expect(contactsToVCard([person()]).startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });

  it('keeps commas, backslashes, semicolons and non-ASCII text intact', () => {
    const tricky = person({
      name: 'José María O\\Brien, Jr; PhD',
      notes: 'a,b;c\\d\r\ne',
      organization: 'Acme; Inc, Ltd',
    });
    const [card] = cards(contactsToVCard([tricky]));
    expect(card?.getFirstPropertyValue('fn')).toBe('José María O\\Brien, Jr; PhD');
    expect(card?.getFirstPropertyValue('n')).toEqual([
      'PhD',
      'José María O\\Brien, Jr;',
      '',
      '',
      '',
    ]);
    expect(card?.getFirstPropertyValue('note')).toBe('a,b;c\\d\ne');
    expect(card?.getFirstPropertyValue('org')).toBe('Acme; Inc, Ltd');
  });

  it('leaves out empty fields and links the app would not open', () => {
    const bare = person({
      email: '',
      phone: ' ',
      profileUrl: 'javascript:alert(1)',
      notes: '',
      roleLabel: '',
      organization: '',
    });
    const text = contactsToVCard([bare]);
    for (const name of ['EMAIL', 'TEL', 'URL', 'NOTE', 'ROLE', 'ORG']) {
      expect(text).not.toMatch(new RegExp(`^${name}[:;]`, 'mu'));
    }
    const [card] = cards(text);
    expect(card?.getFirstPropertyValue('fn')).toBe('Ada Lovelace');
  });

  it('names a nameless contact and skips REV for a time Date cannot hold', () => {
    const text = contactsToVCard([person({ name: '  ', updatedAt: Number.NaN })]);
    const [card] = cards(text);
    expect(card?.getFirstPropertyValue('fn')).toBe('Unnamed contact');
    expect(text).not.toContain('REV:');
  });

  it('writes a non-UUID id as a text UID', () => {
    const [card] = cards(contactsToVCard([person({ id: 'contact-1' })]));
    expect(card?.getFirstPropertyValue('uid')).toBe('contact-1');
  });

  it('holds several cards in one file, in order', () => {
    const text = contactsToVCard([person(), person({ id: 'c-2', name: 'Grace Hopper' })]);
    expect(cards(text).map((card) => card.getFirstPropertyValue('fn'))).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);
  });

  it('uses CRLF and folds lines at 75 octets without splitting a character', () => {
    const long = person({ notes: 'Ünïcödé '.repeat(40) });
    const text = contactsToVCard([long]);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    const encoder = new TextEncoder();
    expect(lines.every((line) => encoder.encode(line).length <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    const [card] = cards(text);
    expect(card?.getFirstPropertyValue('note')).toBe('Ünïcödé '.repeat(40).trim());
  });
});

describe('vCard escaping', () => {
  it('escapes backslash, comma and newline but not semicolon in text', () => {
    expect(escapeVCardText('a\\b,c;d\ne')).toBe('a\\\\b\\,c;d\\ne');
  });

  it('takes the last word as family name and keeps a single word as given name', () => {
    expect(structuredName('Ada King Lovelace')).toBe('Lovelace;Ada King;;;');
    expect(structuredName('Cher')).toBe(';Cher;;;');
  });
});
