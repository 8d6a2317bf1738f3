import { describe, expect, it } from 'vitest';
import { applicationHistories } from '../../../../../shared/domain/insights/history';
import {
  exitCounts,
  funnel,
  responses,
  timeInStatus,
} from '../../../../../shared/domain/insights/metrics';
import { median } from '../../../../../shared/domain/insights/stats';
import { application, created, march, moved } from './insight-builders';

/** Four applications: one still interested, one rejected after applying, one that reached
 * an offer after going back a stage, and one re-application of the rejected role. */
function sample() {
  const idle = application('idle', 'interested');
  const rejected = application('rejected', 'rejected', { roleId: 'r' });
  const offer = application('offer', 'offer', { appliedAt: march(2) });
  const again = application('again', 'applied', { roleId: 'r', createdAt: march(10) });
  return applicationHistories(
    [idle, rejected, offer, again],
    [
      created(idle),
      created(rejected),
      moved(rejected, 'interested', 'applied', march(3)),
      moved(rejected, 'applied', 'rejected', march(8)),
      created(offer),
      moved(offer, 'interested', 'applied', march(2)),
      moved(offer, 'applied', 'interviewing', march(6)),
      moved(offer, 'interviewing', 'screening', march(7)),
      moved(offer, 'screening', 'interviewing', march(9)),
      moved(offer, 'interviewing', 'offer', march(20)),
      moved(again, 'interested', 'applied', march(11)),
    ],
  );
}

describe('funnel', () => {
  it('counts each application once per stage reached, re-applications separately', () => {
    const stages = funnel(sample());
    expect(stages.map((s) => [s.status, s.reached])).toEqual([
      ['interested', 4],
      ['applied', 3],
      ['screening', 1],
      ['interviewing', 1],
      ['offer', 1],
      ['accepted', 0],
    ]);
  });

  it('gives each stage its share of the stage before, and none for the first', () => {
    const stages = funnel(sample());
    expect(stages.map((s) => s.conversion)).toEqual([null, 3 / 4, 1 / 3, 1, 1, 0]);
  });

  it('has unknown conversions, not zero, when nothing reached the stage before', () => {
    expect(funnel([]).map((s) => s.conversion)).toEqual([null, null, null, null, null, null]);
  });
});

describe('exitCounts', () => {
  it('counts the applications that are closed now, per exit', () => {
    expect(exitCounts(sample())).toEqual([
      { status: 'rejected', count: 1 },
      { status: 'withdrawn', count: 0 },
      { status: 'ghosted', count: 0 },
    ]);
  });
});

describe('responses', () => {
  it('counts a rejection and a later stage as answers, a waiting one as not yet', () => {
    expect(responses(sample())).toEqual({
      applied: 3,
      responded: 2,
      rate: 2 / 3,
      // Rejected 5 days after applying; offer's first answer 4 days after its applied date.
      medianDays: 4.5,
      timed: 2,
    });
  });

  it('has no rate and no median when nothing was sent', () => {
    const idle = application('idle', 'interested');
    expect(responses(applicationHistories([idle], [created(idle)]))).toEqual({
      applied: 0,
      responded: 0,
      rate: null,
      medianDays: null,
      timed: 0,
    });
  });
});

describe('timeInStatus', () => {
  it('adds up the spells of a status an application went back to, and runs the current one to now', () => {
    const rows = timeInStatus(sample(), march(21));
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row]));
    // Interviewing: 6→7 and 9→20 = 12 days, for one application.
    expect(byStatus.interviewing).toEqual({
      status: 'interviewing',
      applications: 1,
      medianDays: 12,
      ongoing: 0,
    });
    // Offer: 20 → now (21), still in it.
    expect(byStatus.offer).toMatchObject({ applications: 1, medianDays: 1, ongoing: 1 });
    // Applied: rejected 5 days, offer 4 days, again 10 days so far (11 → 21).
    expect(byStatus.applied).toMatchObject({ applications: 3, medianDays: 5, ongoing: 1 });
    // Interested: idle 20 days (ongoing), rejected 2, offer 1, again 1 (from its creation).
    expect(byStatus.interested).toMatchObject({ applications: 4, medianDays: 1.5, ongoing: 1 });
  });

  it('keeps no clock for ended applications and leaves Accepted out', () => {
    const rows = timeInStatus(sample(), march(21));
    expect(rows.map((row) => row.status)).not.toContain('accepted');
    expect(rows.map((row) => row.status)).not.toContain('rejected');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
