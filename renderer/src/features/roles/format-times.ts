/** Short time formats for table cells, in the user's locale and time zone. */
import {
  INVALID_DATE,
  formatTimeSafely,
  isShowableTime,
} from '../../../../shared/domain/safe-format';

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const DAY_MS = 24 * 60 * 60 * 1000;

/** "Thu 26 Nov, 15:00". */
export function formatShortDateTime(at: number): string {
  return formatTimeSafely(at, (ms) => dateTime.format(ms));
}

/** "Today", "Yesterday", "3 days ago", or the date for anything older than a week. */
export function formatRelativeDay(at: number, now: number = Date.now()): string {
  if (!isShowableTime(at)) return INVALID_DATE;
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  if (at >= startOfToday) return 'Today';
  const days = Math.ceil((startOfToday - at) / DAY_MS);
  if (days <= 1) return 'Yesterday';
  if (days < 7) return `${days} days ago`;
  return formatTimeSafely(at, (ms) => date.format(ms));
}
