import { describe, expect, it } from 'vitest';
import {
  contactFromFreeText,
  statusChangeFromSummary,
} from '../../../../shared/domain/legacy-records';

const FIELDS = { id: 'c1', roleId: 'r1', now: 5 };

describe('contactFromFreeText', () => {
  it('is undefined for a blank line', () => {
    expect(contactFromFreeText('  ', FIELDS)).toBeUndefined();
  });

  it('keeps a plain name as the name, with no notes', () => {
    expect(contactFromFreeText(' Priya Shah ', FIELDS)).toMatchObject({
      name: 'Priya Shah',
      role: 'other',
      email: '',
      notes: '',
      createdAt: 5,
    });
  });

  it('takes the e-mail out of the name and keeps the whole line in the notes', () => {
    const contact = contactFromFreeText('Hiring manager: Ana (ana@corp.io)', FIELDS);
    expect(contact).toMatchObject({
      name: 'Hiring manager: Ana',
      role: 'hiring manager',
      email: 'ana@corp.io',
    });
    expect(contact?.notes).toContain('Hiring manager: Ana (ana@corp.io)');
  });

  it('uses the address as the name when the line is only an address', () => {
    expect(contactFromFreeText('talent@corp.io', FIELDS)).toMatchObject({
      name: 'talent@corp.io',
      email: 'talent@corp.io',
    });
  });

  it('caps a long line for the name but loses nothing', () => {
    const line = 'x'.repeat(500);
    const contact = contactFromFreeText(line, FIELDS);
    expect(contact?.name).toHaveLength(200);
    expect(contact?.notes).toContain(line);
  });
});

describe('statusChangeFromSummary', () => {
  it('reads a change', () => {
    expect(statusChangeFromSummary('Status: screening → rejected')).toEqual({
      fromStatus: 'screening',
      toStatus: 'rejected',
    });
  });

  it('reads a first application and a re-application as having no "from"', () => {
    expect(statusChangeFromSummary('Started an application (interested)')).toEqual({
      toStatus: 'interested',
    });
    expect(statusChangeFromSummary('Re-applied (applied); earlier application: withdrawn')).toEqual(
      { toStatus: 'applied' },
    );
  });

  it('reads nothing from other text or unknown statuses', () => {
    expect(statusChangeFromSummary('Ticked “Go”')).toEqual({});
    expect(statusChangeFromSummary('Status: interested → hired')).toEqual({});
  });
});
