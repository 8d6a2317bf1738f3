import { describe, expect, it } from 'vitest';
import type { Application, Role } from '../../../../shared/domain/model';
import { allRolesToMarkdown } from '../../../../shared/export/all-roles';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  moneyDateFacts,
  moneyDateFrontMatter,
  moneyDateIndexFacts,
} from '../../../../shared/export/money-dates-blocks';
import { frontMatterOf, parseMarkdown } from './markdown-tree';
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

describe('the role file and Export all', () => {
  const data = seededExport();
  if (!data.application) throw new Error('the seeded export has an application');
  const filled = {
    ...data,
    role: {
      ...data.role,
      closingDate: '2026-12-12',
      archived: 1 as const,
      archivedAt: Date.UTC(2026, 11, 3),
    },
    application: {
      ...data.application,
      compensation: { min: 600, max: 700, currency: 'EUR', period: 'day' as const },
    },
  };

  it('puts them in the front matter and under the title', () => {
    const markdown = roleToMarkdown(filled, OPTIONS);
    expect(frontMatterOf(parseMarkdown(markdown))).toMatchObject({
      compensation: '€600–€700 / day',
      compensation_min: 600,
      compensation_max: 700,
      compensation_currency: 'EUR',
      compensation_period: 'day',
      closing: '2026-12-12',
      archived: '2026-12-03',
    });
    expect(markdown).toContain('Pay: €600–€700 / day · Closes: 12 Dec 2026 · Archived: 3 Dec 2026');
  });

  it('lists the archived role under Archived in index.md, with its pay and closing day', () => {
    const [index] = allRolesToMarkdown([filled], OPTIONS);
    expect(index?.content).toContain('## Archived');
    expect(index?.content).toContain('€600–€700 / day · closes 12 Dec 2026');
  });
});
