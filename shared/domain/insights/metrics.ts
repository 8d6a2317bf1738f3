/**
 * The headline insights, from application histories: the funnel and its stage-to-stage
 * conversion, how applications ended, the response rate and time to first answer, and
 * the time spent in each status.
 */
import { APPLICATION_EXITS, APPLICATION_PIPELINE, type ApplicationStatus } from '../model';
import type { ApplicationHistory } from './history';
import { median, rate, toDays } from './stats';

export type PipelineStatus = (typeof APPLICATION_PIPELINE)[number];
export type ExitStatus = (typeof APPLICATION_EXITS)[number];

const APPLIED = APPLICATION_PIPELINE.indexOf('applied');

/** One stage of the funnel. */
export interface FunnelStage {
  status: PipelineStatus;
  /** Applications that reached this stage or a later one. */
  reached: number;
  /** Share of the previous stage's applications that got this far; `null` for the first. */
  conversion: number | null;
}

/**
 * How many applications reached each pipeline stage. Reaching a stage counts every
 * earlier one as passed (an application moved straight from Applied to Interviewing
 * was screened), and an application counts once per stage however often it moved back
 * and forth.
 */
export function funnel(histories: readonly ApplicationHistory[]): FunnelStage[] {
  return APPLICATION_PIPELINE.map((status, index) => {
    const reached = histories.filter((history) => history.furthest >= index).length;
    const previous =
      index === 0 ? null : histories.filter((history) => history.furthest >= index - 1).length;
    return { status, reached, conversion: previous === null ? null : rate(reached, previous) };
  });
}

/** How many applications are closed in each exit status now. */
export interface ExitCount {
  status: ExitStatus;
  count: number;
}

/** Applications whose current status is an exit, per exit. */
export function exitCounts(histories: readonly ApplicationHistory[]): ExitCount[] {
  return APPLICATION_EXITS.map((status) => ({
    status,
    count: histories.filter((history) => history.application.status === status).length,
  }));
}

/** Answers to applications sent. */
export interface ResponseSummary {
  /** Applications sent (that reached Applied or further). */
  applied: number;
  /** Of those, how many got an answer: a later stage, a rejection or an interview. */
  responded: number;
  rate: number | null;
  /** Median whole days from applying to the first answer, where both times are known. */
  medianDays: number | null;
  /** How many answers the median is taken over. */
  timed: number;
}

/** Response rate and median days to the first answer over `histories`. */
export function responses(histories: readonly ApplicationHistory[]): ResponseSummary {
  const sent = histories.filter((history) => history.furthest >= APPLIED);
  const answered = sent.filter((history) => history.responded);
  const days: number[] = [];
  for (const history of answered) {
    if (history.appliedAt !== undefined && history.respondedAt !== undefined) {
      days.push(toDays(history.respondedAt - history.appliedAt));
    }
  }
  return {
    applied: sent.length,
    responded: answered.length,
    rate: rate(answered.length, sent.length),
    medianDays: median(days),
    timed: days.length,
  };
}

/** Time spent in one status. */
export interface StatusTime {
  status: PipelineStatus;
  /** Applications that spent time in it. */
  applications: number;
  /** Median days per application (all its spells in the status added up). */
  medianDays: number | null;
  /** Of those, how many are in it now (their time so far is counted). */
  ongoing: number;
}

/** The statuses time is measured in: the open ones (an ended application has no clock). */
const TIMED: readonly PipelineStatus[] = APPLICATION_PIPELINE.filter((s) => s !== 'accepted');
const OPEN: ReadonlySet<ApplicationStatus> = new Set(TIMED);

/**
 * Median days in each open status. A spell ends when the next status is entered; the
 * current spell of an open application runs until `now`. An application that went back
 * to a status has its spells added up, so it counts once.
 */
export function timeInStatus(histories: readonly ApplicationHistory[], now: number): StatusTime[] {
  const days = new Map<ApplicationStatus, number[]>(TIMED.map((status) => [status, []]));
  const ongoing = new Map<ApplicationStatus, number>();
  for (const { steps } of histories) {
    const totals = new Map<ApplicationStatus, number>();
    steps.forEach((step, index) => {
      if (!OPEN.has(step.status)) return;
      const next = steps[index + 1];
      const end = next ? next.at : Math.max(now, step.at);
      totals.set(step.status, (totals.get(step.status) ?? 0) + toDays(end - step.at));
      if (!next) ongoing.set(step.status, (ongoing.get(step.status) ?? 0) + 1);
    });
    for (const [status, total] of totals) days.get(status)?.push(total);
  }
  return TIMED.map((status) => {
    const values = days.get(status) ?? [];
    return {
      status,
      applications: values.length,
      medianDays: median(values),
      ongoing: ongoing.get(status) ?? 0,
    };
  });
}
