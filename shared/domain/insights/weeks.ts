/** Interviews per week: the rounds with a time, by the local week (Monday first) they fall in. */
import type { InterviewStage, StageKind } from '../model';
import { isShowableTime } from '../safe-format';

/** The parts of a stage this count reads. */
export type InsightStage = Pick<InterviewStage, 'scheduledAt' | 'status' | 'kind'>;

/** One week of the chart. */
export interface WeekCount {
  /** "2026-03-02": the week's Monday. */
  key: string;
  /** Local midnight starting the week's Monday. */
  start: number;
  /** Interviews in the week. */
  count: number;
  /** True for the weeks after the current one (interviews still to come). */
  ahead: boolean;
}

/** Written answers and assessments have deadlines, not conversations: not interviews. */
const NOT_INTERVIEWS: ReadonlySet<StageKind> = new Set(['written', 'assessment']);

/** How many weeks the chart shows: this one, the eleven before it and the four after. */
export const WEEKS_BACK = 11;
export const WEEKS_AHEAD = 4;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local midnight starting the Monday of the week containing `ms`. */
export function weekStart(ms: number): number {
  const date = new Date(ms);
  const sinceMonday = (date.getDay() + 6) % 7;
  // Built from the calendar date, so daylight-saving changes never shift the day.
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday).getTime();
}

function addWeeks(start: number, weeks: number): number {
  const date = new Date(start);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + weeks * 7).getTime();
}

function weekKey(start: number): string {
  const date = new Date(start);
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Interviews per week around `now`: the current week, {@link WEEKS_BACK} before it and
 * {@link WEEKS_AHEAD} after it, every week present (0 when empty). An interview is a
 * round with a time that was not cancelled, of any kind but written answers and
 * assessments.
 */
export function interviewsPerWeek(stages: readonly InsightStage[], now: number): WeekCount[] {
  const current = weekStart(now);
  const weeks: WeekCount[] = [];
  for (let offset = -WEEKS_BACK; offset <= WEEKS_AHEAD; offset += 1) {
    const start = addWeeks(current, offset);
    weeks.push({ key: weekKey(start), start, count: 0, ahead: offset > 0 });
  }
  const index = new Map(weeks.map((week, i) => [week.start, i]));
  for (const stage of stages) {
    const at = stage.scheduledAt;
    if (!isShowableTime(at) || stage.status === 'cancelled' || NOT_INTERVIEWS.has(stage.kind)) {
      continue;
    }
    const week = weeks[index.get(weekStart(at)) ?? -1];
    if (week) week.count += 1;
  }
  return weeks;
}
