/**
 * Insights on the whole search, computed from the activity history: the funnel and its
 * conversions, response rate and time to answer, interviews per week, time in each
 * status, and breakdowns by month and by channel. Pure: the screen and the Markdown
 * export read the same figures.
 */
import { byChannel, byMonth, type CohortRow } from './cohorts';
import { applicationHistories, type InsightActivity, type InsightApplication } from './history';
import {
  exitCounts,
  funnel,
  responses,
  timeInStatus,
  type ExitCount,
  type FunnelStage,
  type ResponseSummary,
  type StatusTime,
} from './metrics';
import { interviewsPerWeek, type InsightStage, type WeekCount } from './weeks';

export type { CohortRow } from './cohorts';
export type { InsightActivity, InsightApplication } from './history';
export type { ExitCount, FunnelStage, ResponseSummary, StatusTime } from './metrics';
export type { InsightStage, WeekCount } from './weeks';

/** What the insights are computed from. */
export interface InsightsInput {
  applications: readonly InsightApplication[];
  activities: readonly InsightActivity[];
  stages: readonly InsightStage[];
}

/** Every figure the Insights screen and its export show. */
export interface Insights {
  /** When they were computed (the "now" of ongoing spells and the week chart). */
  at: number;
  /** Applications tracked, re-applications included. */
  applications: number;
  funnel: FunnelStage[];
  exits: ExitCount[];
  responses: ResponseSummary;
  weeks: WeekCount[];
  timeInStatus: StatusTime[];
  byMonth: CohortRow[];
  byChannel: CohortRow[];
}

/**
 * All the insights for `input` as of `now`.
 *
 * @param input - Every application, its activity entries (any order) and every stage.
 * @param now - The current time.
 */
export function computeInsights(input: InsightsInput, now: number): Insights {
  const histories = applicationHistories(input.applications, input.activities);
  return {
    at: now,
    applications: histories.length,
    funnel: funnel(histories),
    exits: exitCounts(histories),
    responses: responses(histories),
    weeks: interviewsPerWeek(input.stages, now),
    timeInStatus: timeInStatus(histories, now),
    byMonth: byMonth(histories),
    byChannel: byChannel(histories),
  };
}
