/**
 * The state of the Roles screen's pay and closing filters. The pay minimum is kept as typed, so a half-typed amount never jumps; it filters once
 * it reads as an amount.
 */
import { useMemo, useState } from 'react';
import type { ClosingFilter } from '../../../../shared/domain/closing-date';
import { parseAmount } from '../../../../shared/domain/compensation';
import type { RoleSummary } from '../../db/roles-repo';
import { useMinute } from '../../db/use-minute';
import { currenciesInUse, matchesMoneyDates, type MoneyDateFilters } from './money-date-filters';

export function useMoneyDateFilters(roles: RoleSummary[] | undefined) {
  const now = useMinute();
  const [closing, setClosing] = useState<ClosingFilter>('any');
  const [payText, setPayText] = useState('');
  const [chosenCurrency, setCurrency] = useState<string | null>(null);

  const currencies = useMemo(() => currenciesInUse(roles ?? []), [roles]);
  const currency = chosenCurrency ?? currencies[0] ?? 'GBP';
  const parsedPay = parseAmount(payText);
  const payError = parsedPay.ok ? null : parsedPay.error;
  const minimum = parsedPay.ok ? parsedPay.value : undefined;

  const filters: MoneyDateFilters = useMemo(
    () => ({ closing, pay: minimum === undefined ? null : { minimum, currency } }),
    [closing, minimum, currency],
  );
  const inView = useMemo(() => {
    if (roles === undefined) return undefined;
    if (filters.closing === 'any' && filters.pay === null) return roles;
    return roles.filter((role) => matchesMoneyDates(role, filters, now));
  }, [roles, filters, now]);

  return {
    inView,
    filters,
    closing,
    setClosing,
    payText,
    setPayText,
    payError,
    currency,
    currencies,
    setCurrency,
    clear: () => {
      setClosing('any');
      setPayText('');
    },
  };
}

export type MoneyDateFilterState = ReturnType<typeof useMoneyDateFilters>;
