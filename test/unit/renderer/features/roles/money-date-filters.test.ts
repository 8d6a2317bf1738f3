import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.TZ = 'Europe/London';
});

import {
  activeFilterCount,
  currenciesInUse,
  matchesMoneyDates,
  NO_MONEY_DATE_FILTERS,
} from '../../../../../renderer/src/features/roles/money-date-filters';
import type { Compensation } from '../../../../../shared/domain/model';

const NOW = new Date(2026, 11, 3, 12, 0).getTime();
const pay = (min: number, max: number, currency = 'GBP', period: Compensation['period'] = 'year') =>
  ({ min, max, currency, period }) as Compensation;

const ROLES = [
  { id: 'a', compensation: pay(80000, 95000), closingDate: '2026-12-05' },
  { id: 'b', compensation: pay(7000, 8500, 'GBP', 'month'), closingDate: '' },
  { id: 'c', compensation: pay(70000, 90000, 'EUR'), closingDate: '2026-11-30' },
  { id: 'd', closingDate: '2027-01-15' },
];

function pick(filters: Parameters<typeof matchesMoneyDates>[1]) {
  return ROLES.filter((role) => matchesMoneyDates(role, filters, NOW)).map((role) => role.id);
}

describe('Roles table pay and closing filters', () => {
  it('lets every role through when nothing is set', () => {
    expect(pick(NO_MONEY_DATE_FILTERS)).toEqual(['a', 'b', 'c', 'd']);
    expect(activeFilterCount(NO_MONEY_DATE_FILTERS)).toBe(0);
  });

  it('keeps roles whose yearly pay can reach the minimum, in that currency only', () => {
    const filters = { closing: 'any' as const, pay: { minimum: 100_000, currency: 'GBP' } };
    // b: 8,500 a month is 102,000 a year; c is in euros; d gives no pay.
    expect(pick(filters)).toEqual(['b']);
    expect(pick({ ...filters, pay: { minimum: 90_000, currency: 'EUR' } })).toEqual(['c']);
    expect(activeFilterCount(filters)).toBe(1);
  });

  it('narrows by closing state, and combines with pay', () => {
    expect(pick({ closing: 'soon', pay: null })).toEqual(['a']);
    expect(pick({ closing: 'closed', pay: null })).toEqual(['c']);
    expect(pick({ closing: 'open', pay: null })).toEqual(['a', 'b', 'd']);
    const both = { closing: 'open' as const, pay: { minimum: 90_000, currency: 'GBP' } };
    expect(pick(both)).toEqual(['a', 'b']);
    expect(activeFilterCount(both)).toBe(2);
  });

  it('offers the currencies in use, most used first', () => {
    expect(currenciesInUse(ROLES)).toEqual(['GBP', 'EUR']);
    expect(currenciesInUse([])).toEqual([]);
  });
});
