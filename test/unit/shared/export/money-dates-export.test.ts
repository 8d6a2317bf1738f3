import { describe, expect, it } from 'vitest';
import type { Application, Role } from '../../../../shared/domain/model';
import {
  moneyDateFacts,
  moneyDateFrontMatter,
  moneyDateIndexFacts,
} from '../../../../shared/export/money-dates-blocks';
import { OPTIONS, seededExport } from './seeded-role';

const ZONE = OPTIONS.timeZone;

function records(rolePatch: Partial<Role>, appPatch: Partial<Application>) {
  const data = seededExport();
  if (!data.application) throw new Error('the seeded export has an application');
  return {
    role: { ...data.role, ...rolePatch },
    application: { ...data.application, ...appPatch },
  };
}

describe('pay, closing date and archived state in exports', () => {
  it('writes nothing for a role with none of them', () => {
    const { role, application } = records({}, {});
    expect(moneyDateFrontMatter(role, application, ZONE)).toEqual({});
    expect(moneyDateFacts(role, application, ZONE)).toEqual([]);
    expect(moneyDateIndexFacts(role, application)).toEqual([]);
  });

  it('keeps numbers as numbers and days as dates in front matter', () => {
    const { role, application } = records(
      { closingDate: '2026-12-12', archived: 1, archivedAt: Date.UTC(2026, 11, 3, 23, 30) },
      { compensation: { min: 80000, max: 95000, currency: 'GBP', period: 'year' } },
    );
    expect(moneyDateFrontMatter(role, application, ZONE)).toEqual({
      compensation: '£80k–£95k / year',
      compensation_min: 80000,
      compensation_max: 95000,
      compensation_currency: 'GBP',
      compensation_period: 'year',
      closing: { iso: '2026-12-12' },
      // 23:30 UTC on 3 Dec is 3 Dec in London (winter time).
      archived: { iso: '2026-12-03' },
    });
    expect(moneyDateFacts(role, application, ZONE)).toEqual([
      'Pay: £80k–£95k / year',
      'Closes: 12 Dec 2026',
      'Archived: 3 Dec 2026',
    ]);
    expect(moneyDateIndexFacts(role, application)).toEqual([
      '£80k–£95k / year',
      'closes 12 Dec 2026',
    ]);
  });

  it('leaves out a range with no amount and a closing date that is not a day', () => {
    const { role, application } = records(
      { closingDate: '2026-02-30', archived: 1 },
      { compensation: { currency: 'EUR', period: 'month' } },
    );
    expect(moneyDateFrontMatter(role, application, ZONE)).toEqual({ archived: 'yes' });
    expect(moneyDateFacts(role, application, ZONE)).toEqual(['Archived']);
  });
});
