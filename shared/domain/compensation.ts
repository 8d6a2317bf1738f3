/**
 * Pay as a range: how a range reads ("£80k–£95k / year"), and a value the Roles table
 * can sort and filter by. Amounts are in the currency's main
 * unit (pounds, not pence); a range may give only one end. What an edit may contain is
 * compensation-schema.ts (apart, so the Roles table's pay column does not load zod).
 */
import type { Compensation, CompensationPeriod } from './model';

/** Beyond any salary in any currency (a million million): more is a typing accident. */
export const MAX_AMOUNT = 1e12;

/**
 * How many of each period make a year: 52 weeks, 260 working days and 2,080 working
 * hours (40 a week), the usual conversions for weekly, day-rate and hourly pay.
 */
const PER_YEAR: Record<CompensationPeriod, number> = {
  year: 1,
  month: 12,
  week: 52,
  day: 260,
  hour: 2080,
};

// Node and Chromium both list the codes their Intl data knows; a code outside it would
// format as a bare "XYZ 1.00", so it is refused where it is typed. Listed on first use:
// the first call loads Intl's data (~20 ms), which the first screen never needs.
let knownCurrencies: ReadonlySet<string> | null = null;

/** True for an ISO 4217 code the formatter knows ("GBP"), upper case only. */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code);
}

/** An amount as typed, or why it cannot be read. `value` is undefined for an empty field. */
export type ParsedAmount = { ok: true; value: number | undefined } | { ok: false; error: string };

/**
 * Reads an amount as people type it: "95000", "95,000", "95 000", "£95k", "1.2m",
 * "47.50". Returns undefined for an empty field, and a reason for anything else.
 */
export function parseAmount(text: string): ParsedAmount {
  const cleaned = text
    .trim()
    .toLowerCase()
    // Group separators and a leading currency sign or code carry no amount (a minus does).
    .replace(/[\s,_'’]/g, '')
    .replace(/^[^\d.-]{1,3}(?=[\d.])/, '');
  if (cleaned === '') return { ok: true, value: undefined };
  const match = /^(\d+(?:\.\d+)?|\.\d+)([km]?)$/.exec(cleaned);
  if (!match) return { ok: false, error: `“${text.trim()}” is not an amount.` };
  const factor = match[2] === 'k' ? 1e3 : match[2] === 'm' ? 1e6 : 1;
  // Two decimals at most: k and m multiply before rounding so "1.25k" stays 1,250.
  const value = Math.round(Number(match[1]) * factor * 100) / 100;
  if (value > MAX_AMOUNT) return { ok: false, error: 'That amount is too large.' };
  return { ok: true, value };
}

/** The amount as a field shows it for editing: "95,000", "47.5", or "" when absent. */
export function amountInputValue(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('en', { maximumFractionDigits: 2 });
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "£80k", "£47.5", "US$1.2m": short enough for a table cell, exact below a thousand. */
export function formatAmount(value: number, currency: string): string {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    formatters.set(currency, format);
  }
  return format.format(value);
}

/**
 * "£80k–£95k / year", "From £80k / year", "Up to £95k / year", "£600 / day"; "" when the
 * range gives neither end (or is missing).
 */
export function formatCompensation(range: Compensation | undefined): string {
  if (!range) return '';
  const { min, max, currency, period } = range;
  const per = ` / ${period}`;
  if (min !== undefined && max !== undefined) {
    const low = formatAmount(min, currency);
    const high = formatAmount(max, currency);
    return low === high ? `${low}${per}` : `${low}–${high}${per}`;
  }
  if (min !== undefined) return `From ${formatAmount(min, currency)}${per}`;
  if (max !== undefined) return `Up to ${formatAmount(max, currency)}${per}`;
  return '';
}

/** A range as a year's pay in its currency, for sorting and filtering. */
export interface AnnualPay {
  currency: string;
  /** The lower end a year; the upper end when only that is given. */
  low: number;
  /** The upper end a year; the lower end when only that is given. */
  high: number;
}

/** The range as a year's pay, or undefined when it gives no amount (it sorts last). */
export function annualPay(range: Compensation | undefined): AnnualPay | undefined {
  if (!range || (range.min === undefined && range.max === undefined)) return undefined;
  const factor = PER_YEAR[range.period];
  const low = (range.min ?? range.max ?? 0) * factor;
  const high = (range.max ?? range.min ?? 0) * factor;
  return { currency: range.currency, low, high };
}

/**
 * Orders two annual pays: amounts compare only within one currency (no exchange rates
 * offline), so different currencies group by code; within one, by the lower end, then
 * the upper. A missing pay comes after every known one.
 */
export function compareAnnualPay(a: AnnualPay | undefined, b: AnnualPay | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
  return a.low - b.low || a.high - b.high;
}

/**
 * True when the range can pay at least `minimum` a year in `currency`: its upper end
 * reaches it. A range in another currency, or with no amount, cannot be told and fails.
 */
export function paysAtLeast(
  range: Compensation | undefined,
  minimum: number,
  currency: string,
): boolean {
  const pay = annualPay(range);
  return pay !== undefined && pay.currency === currency && pay.high >= minimum;
}
