/** Short dates for the notes list: a time today, a day this year, a full date otherwise. */
import { formatTimeSafely } from '../../../../shared/domain/safe-format';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const FULL_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const FULL = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' });

export function formatNoteDate(ms: number, now: number = Date.now()): string {
  return formatTimeSafely(ms, (at) => {
    const date = new Date(at);
    const today = new Date(now);
    if (date.toDateString() === today.toDateString()) return TIME.format(date);
    if (date.getFullYear() === today.getFullYear()) return DAY.format(date);
    return FULL_DAY.format(date);
  });
}

/** The full date and time, for a tooltip and for assistive technology. */
export function formatNoteDateLong(ms: number): string {
  return formatTimeSafely(ms, (at) => FULL.format(at));
}
