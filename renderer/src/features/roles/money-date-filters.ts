/** The Roles table's pay and closing-date filters. Pure, so they are tested without a screen. */
import { matchesClosing, type ClosingFilter } from '../../../../shared/domain/closing-date';
import { paysAtLeast } from '../../../../shared/domain/compensation';
import type { RoleSummary } from '../../db/roles-repo';

/** "Pays at least this much a year, in this currency". */
export interface PayFilter {
  minimum: number;
  currency: string;
}

export interface MoneyDateFilters {
  closing: ClosingFilter;
  pay: PayFilter | null;
}

export const NO_MONEY_DATE_FILTERS: MoneyDateFilters = { closing: 'any', pay: null };

/** How many of the filters narrow the list (for the menu's label). */
export function activeFilterCount(filters: MoneyDateFilters): number {
  return (filters.closing === 'any' ? 0 : 1) + (filters.pay ? 1 : 0);
}

/** Whether the role passes the pay and closing filters at `now`. */
export function matchesMoneyDates(
  role: Pick<RoleSummary, 'compensation' | 'closingDate'>,
  filters: MoneyDateFilters,
  now: number,
): boolean {
  if (!matchesClosing(role.closingDate, filters.closing, now)) return false;
  const { pay } = filters;
  return pay === null || paysAtLeast(role.compensation, pay.minimum, pay.currency);
}

/**
 * The currencies the roles' pay is given in, most used first (ties by code): what the
 * pay filter offers, and its default.
 */
export function currenciesInUse(roles: readonly Pick<RoleSummary, 'compensation'>[]): string[] {
  const counts = new Map<string, number>();
  for (const role of roles) {
    const code = role.compensation?.currency;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}
