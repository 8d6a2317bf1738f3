/**
 * The same counts broken down two ways: by the month applications were sent, and by
 * the channel they went through (Application.channel).
 */
import { APPLICATION_PIPELINE } from '../model';
import { isShowableTime } from '../safe-format';
import type { ApplicationHistory } from './history';
import { median, rate, toDays } from './stats';

/** One row of a breakdown. */
export interface CohortRow {
  /** A stable key: "2026-03" for a month, the folded channel name for a channel. */
  key: string;
  /** "Mar 2026", "Referral", "Not given". */
  label: string;
  /** Applications tracked (any status); for months, the applications sent that month. */
  tracked: number;
  /** Sent (reached Applied or further). */
  applied: number;
  /** Of those, answered. */
  responded: number;
  responseRate: number | null;
  /** Reached Interviewing or further. */
  interviewing: number;
  /** Reached Offer or further. */
  offers: number;
  /** Median days from applying to the first answer. */
  medianDaysToResponse: number | null;
}

const APPLIED = APPLICATION_PIPELINE.indexOf('applied');
const INTERVIEWING = APPLICATION_PIPELINE.indexOf('interviewing');
const OFFER = APPLICATION_PIPELINE.indexOf('offer');
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });

function cohortRow(key: string, label: string, group: readonly ApplicationHistory[]): CohortRow {
  const sent = group.filter((history) => history.furthest >= APPLIED);
  const answered = sent.filter((history) => history.responded);
  const days = answered.flatMap((history) =>
    history.appliedAt !== undefined && history.respondedAt !== undefined
      ? [toDays(history.respondedAt - history.appliedAt)]
      : [],
  );
  return {
    key,
    label,
    tracked: group.length,
    applied: sent.length,
    responded: answered.length,
    responseRate: rate(answered.length, sent.length),
    interviewing: sent.filter((history) => history.furthest >= INTERVIEWING).length,
    offers: sent.filter((history) => history.furthest >= OFFER).length,
    medianDaysToResponse: median(days),
  };
}

/** "2026-03": the local month of `ms`. */
export function monthKey(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * Applications sent, by the local month they were applied for, oldest month first.
 * Applications never sent are not in any month; those whose sending time is unknown
 * are left out too.
 */
export function byMonth(histories: readonly ApplicationHistory[]): CohortRow[] {
  const groups = new Map<string, { at: number; items: ApplicationHistory[] }>();
  for (const history of histories) {
    const at = history.appliedAt;
    if (!isShowableTime(at)) continue;
    const key = monthKey(at);
    const group = groups.get(key);
    if (group) group.items.push(history);
    else groups.set(key, { at, items: [history] });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => cohortRow(key, MONTH.format(group.at), group.items));
}

/** The row label for applications with no channel. */
export const NO_CHANNEL = 'Not given';

/**
 * Every application by channel, the most used first. Channels that differ only in case
 * or spacing ("referral", " Referral ") are one, shown as first written.
 */
export function byChannel(histories: readonly ApplicationHistory[]): CohortRow[] {
  const groups = new Map<string, { label: string; items: ApplicationHistory[] }>();
  for (const history of histories) {
    const label = history.application.channel.replace(/\s+/gu, ' ').trim();
    const key = label.toLocaleLowerCase('en');
    const group = groups.get(key);
    if (group) group.items.push(history);
    else groups.set(key, { label: label || NO_CHANNEL, items: [history] });
  }
  return [...groups.entries()]
    .map(([key, group]) => cohortRow(key, group.label, group.items))
    .sort((a, b) => b.tracked - a.tracked || a.label.localeCompare(b.label, 'en'));
}
