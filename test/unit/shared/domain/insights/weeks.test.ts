import { describe, expect, it } from 'vitest';
import {
  interviewsPerWeek,
  weekStart,
  WEEKS_AHEAD,
  WEEKS_BACK,
  type InsightStage,
} from '../../../../../shared/domain/insights/weeks';
import { march } from './insight-builders';

// Wednesday 18 March 2026, afternoon.
const NOW = march(18, 15);

function stage(at: number | undefined, extra: Partial<InsightStage> = {}): InsightStage {
  return { scheduledAt: at, status: 'scheduled', kind: 'technical', ...extra };
}

describe('weekStart', () => {
  it('is the local Monday midnight, also on a Sunday and across a clock change', () => {
    expect(weekStart(march(18, 15))).toBe(march(16));
    expect(weekStart(march(22, 23))).toBe(march(16));
    expect(weekStart(march(30, 1))).toBe(march(30));
  });
});

describe('interviewsPerWeek', () => {
  it('shows every week around now, empty ones as 0, later weeks marked ahead', () => {
    const weeks = interviewsPerWeek([], NOW);
    expect(weeks).toHaveLength(WEEKS_BACK + 1 + WEEKS_AHEAD);
    expect(weeks.every((week) => week.count === 0)).toBe(true);
    expect(weeks[WEEKS_BACK]).toMatchObject({ key: '2026-03-16', ahead: false });
    expect(weeks[WEEKS_BACK + 1]).toMatchObject({ key: '2026-03-23', ahead: true });
  });

  it('counts rounds with a time, leaving out cancelled ones, written answers and assessments', () => {
    const weeks = interviewsPerWeek(
      [
        stage(march(16, 10)),
        stage(march(22, 18), { status: 'passed' }),
        stage(march(17), { status: 'cancelled' }),
        stage(march(17), { kind: 'written' }),
        stage(march(17), { kind: 'assessment' }),
        stage(undefined),
        stage(Number.NaN),
        stage(march(24), { status: 'planned' }),
        stage(new Date(2025, 0, 1).getTime()),
      ],
      NOW,
    );
    const counts = Object.fromEntries(weeks.map((week) => [week.key, week.count]));
    expect(counts['2026-03-16']).toBe(2);
    expect(counts['2026-03-23']).toBe(1);
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(3);
  });
});
