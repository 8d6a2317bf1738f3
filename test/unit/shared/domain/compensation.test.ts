import { describe, expect, it } from 'vitest';
import {
  annualPay,
  compareAnnualPay,
  formatCompensation,
  isKnownCurrency,
  MAX_AMOUNT,
  parseAmount,
  paysAtLeast,
} from '../../../../shared/domain/compensation';
import { compensationSchema } from '../../../../shared/domain/compensation-schema';
import type { Compensation } from '../../../../shared/domain/model';

const gbp = (min?: number, max?: number, period: Compensation['period'] = 'year') => ({
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
  currency: 'GBP',
  period,
});

describe('parseAmount', () => {
  it.each([
    ['95000', 95000],
    ['95,000', 95000],
    ['95 000', 95000],
    ['£95k', 95000],
    ['95K', 95000],
    ['1.2m', 1_200_000],
    ['1.25k', 1250],
    ['47.50', 47.5],
    ['$120,000', 120000],
    ['.5', 0.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as no amount', () => {
    expect(parseAmount('  ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['abc', '-5', '12x', '1.2.3', '80k-95k', 'k'])('refuses %s with a reason', (text) => {
    const parsed = parseAmount(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('not an amount');
  });

  it('refuses an amount past the largest one', () => {
    expect(parseAmount(String(MAX_AMOUNT * 10))).toEqual({
      ok: false,
      error: 'That amount is too large.',
    });
  });
});

describe('compensationSchema', () => {
  it('accepts a range, one end, or no amount at all', () => {
    expect(compensationSchema.safeParse(gbp(80000, 95000)).success).toBe(true);
    expect(compensationSchema.safeParse(gbp(80000)).success).toBe(true);
    expect(compensationSchema.safeParse(gbp(undefined, 95000, 'month')).success).toBe(true);
    expect(compensationSchema.safeParse(gbp()).success).toBe(true);
  });

  it('refuses a minimum above the maximum, on the max field', () => {
    const result = compensationSchema.safeParse(gbp(95000, 80000));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['max']);
  });

  it.each([
    { ...gbp(-1) },
    { ...gbp(Number.NaN) },
    { ...gbp(Number.POSITIVE_INFINITY) },
    { ...gbp(MAX_AMOUNT + 1) },
    { ...gbp(1), currency: 'gbp' },
    { ...gbp(1), currency: 'XYZ' },
    { ...gbp(1), period: 'fortnight' },
    { ...gbp(1), extra: true },
  ])('refuses %o', (value) => {
    expect(compensationSchema.safeParse(value).success).toBe(false);
  });

  it('knows real currency codes only', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('JPY')).toBe(true);
    expect(isKnownCurrency('ABC')).toBe(false);
    expect(isKnownCurrency('EURO')).toBe(false);
  });
});

describe('formatCompensation', () => {
  it('shows a range, its ends, and its period', () => {
    expect(formatCompensation(gbp(80000, 95000))).toBe('£80k–£95k / year');
    expect(formatCompensation(gbp(80000))).toBe('From £80k / year');
    expect(formatCompensation(gbp(undefined, 95500))).toBe('Up to £95.5k / year');
    expect(formatCompensation(gbp(600, 600, 'day'))).toBe('£600 / day');
    expect(formatCompensation({ min: 1_250_000, currency: 'EUR', period: 'year' })).toBe(
      'From €1.3m / year',
    );
  });

  it('shows nothing without an amount', () => {
    expect(formatCompensation(undefined)).toBe('');
    expect(formatCompensation(gbp())).toBe('');
  });
});

describe('annual pay, sorting and filtering', () => {
  it('annualizes month, day and hour pay', () => {
    expect(annualPay(gbp(5000, 6000, 'month'))).toEqual({
      currency: 'GBP',
      low: 60000,
      high: 72000,
    });
    expect(annualPay(gbp(1000, 1200, 'week'))).toEqual({
      currency: 'GBP',
      low: 52000,
      high: 62400,
    });
    expect(annualPay(gbp(500, undefined, 'day'))).toEqual({
      currency: 'GBP',
      low: 130000,
      high: 130000,
    });
    expect(annualPay(gbp(undefined, 50, 'hour'))).toEqual({
      currency: 'GBP',
      low: 104000,
      high: 104000,
    });
    expect(annualPay(gbp())).toBeUndefined();
  });

  it('orders by annual pay within a currency, currencies apart, unknown last', () => {
    const ranges = [
      undefined,
      gbp(90000, 100000),
      { min: 50000, currency: 'EUR', period: 'year' as const },
      gbp(7000, undefined, 'month'),
      gbp(80000, 95000),
      gbp(80000, 90000),
    ];
    const sorted = [...ranges].sort((a, b) => compareAnnualPay(annualPay(a), annualPay(b)));
    expect(sorted.map((range) => formatCompensation(range))).toEqual([
      'From €50k / year',
      '£80k–£90k / year',
      '£80k–£95k / year',
      'From £7k / month',
      '£90k–£100k / year',
      '',
    ]);
  });

  it('keeps unknown pay last in either direction', () => {
    expect(compareAnnualPay(undefined, annualPay(gbp(1)))).toBe(1);
    expect(compareAnnualPay(annualPay(gbp(1)), undefined)).toBe(-1);
    expect(compareAnnualPay(undefined, undefined)).toBe(0);
  });

  it('filters on the upper end reaching a yearly minimum in one currency', () => {
    expect(paysAtLeast(gbp(80000, 95000), 90000, 'GBP')).toBe(true);
    expect(paysAtLeast(gbp(80000, 95000), 96000, 'GBP')).toBe(false);
    expect(paysAtLeast(gbp(400, undefined, 'day'), 100000, 'GBP')).toBe(true);
    expect(paysAtLeast(gbp(80000, 95000), 90000, 'EUR')).toBe(false);
    expect(paysAtLeast(undefined, 0, 'GBP')).toBe(false);
  });
});
