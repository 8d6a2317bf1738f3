/**
 * Pay, the posting's closing date and the archived state in exports: front matter
 * fields a reader can filter on (numbers stay numbers, days stay dates), the line under
 * a role's title, and the facts index.md shows beside each role.
 */
import type { RootContent } from 'mdast';
import { isClosingDateValue } from '../domain/closing-date';
import { formatCompensation } from '../domain/compensation';
import type { Application, Role } from '../domain/model';
import { formatDate, isoDay, isValidTime } from './format';
import { paragraph, yamlDate, type FrontMatterValue } from './mdast';

/** The closing day as stored ("YYYY-MM-DD"), or "" when it is absent or not a real day. */
function closingValue(role: Role): string {
  const value = role.closingDate ?? '';
  return isClosingDateValue(value) ? value : '';
}

/** "12 Dec 2026" for a "YYYY-MM-DD" day: the calendar day itself, in no zone. */
function formatClosing(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return formatDate(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1), 'UTC');
}

/**
 * `compensation` (as it reads), `compensation_min` / `_max` (numbers, when given),
 * `compensation_currency` and `compensation_period`; `closing` (a day); `archived` (the
 * day it was archived, or "yes" when that is not known). Only the fields that are set.
 */
export function moneyDateFrontMatter(
  role: Role,
  application: Application | undefined,
  zone: string,
): Record<string, FrontMatterValue> {
  const fields: Record<string, FrontMatterValue> = {};
  const pay = application?.compensation;
  const payText = formatCompensation(pay);
  if (pay && payText) {
    fields.compensation = payText;
    if (pay.min !== undefined) fields.compensation_min = pay.min;
    if (pay.max !== undefined) fields.compensation_max = pay.max;
    fields.compensation_currency = pay.currency;
    fields.compensation_period = pay.period;
  }
  const closing = closingValue(role);
  if (closing) fields.closing = yamlDate(closing);
  if (role.archived === 1) {
    fields.archived = isValidTime(role.archivedAt)
      ? yamlDate(isoDay(role.archivedAt, zone))
      : 'yes';
  }
  return fields;
}

/** The facts in words: "Pay: £80k–£95k / year", "Closes: 12 Dec 2026", "Archived: 3 Dec 2026". */
export function moneyDateFacts(
  role: Role,
  application: Application | undefined,
  zone: string,
): string[] {
  const facts: string[] = [];
  const pay = formatCompensation(application?.compensation);
  if (pay) facts.push(`Pay: ${pay}`);
  const closing = closingValue(role);
  if (closing) facts.push(`Closes: ${formatClosing(closing)}`);
  if (role.archived === 1) {
    facts.push(
      isValidTime(role.archivedAt) ? `Archived: ${formatDate(role.archivedAt, zone)}` : 'Archived',
    );
  }
  return facts;
}

/** One line under the role's title with those facts; nothing when none is set. */
export function moneyDateLine(
  role: Role,
  application: Application | undefined,
  zone: string,
): RootContent[] {
  const facts = moneyDateFacts(role, application, zone);
  return facts.length > 0 ? [paragraph(facts.join(' · '))] : [];
}

/** What index.md adds beside a role: its pay and closing day (its heading says archived). */
export function moneyDateIndexFacts(role: Role, application: Application | undefined): string[] {
  const facts: string[] = [];
  const pay = formatCompensation(application?.compensation);
  if (pay) facts.push(pay);
  const closing = closingValue(role);
  if (closing) facts.push(`closes ${formatClosing(closing)}`);
  return facts;
}
