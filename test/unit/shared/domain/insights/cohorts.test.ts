import { describe, expect, it } from 'vitest';
import { byChannel, byMonth, NO_CHANNEL } from '../../../../../shared/domain/insights/cohorts';
import { applicationHistories } from '../../../../../shared/domain/insights/history';
import { application, created, march, moved } from './insight-builders';

function histories() {
  const referral = application('referral', 'interviewing', { channel: 'Referral' });
  const referral2 = application('referral2', 'applied', { channel: ' referral ' });
  const board = application('board', 'rejected', { channel: 'Job board' });
  const april = application('april', 'applied', { channel: 'Job board', appliedAt: march(33) });
  const none = application('none', 'interested');
  return applicationHistories(
    [referral, referral2, board, april, none],
    [
      created(referral),
      moved(referral, 'interested', 'applied', march(2)),
      moved(referral, 'applied', 'interviewing', march(12)),
      created(referral2),
      moved(referral2, 'interested', 'applied', march(4)),
      created(board),
      moved(board, 'interested', 'applied', march(5)),
      moved(board, 'applied', 'rejected', march(6)),
      created(april),
      created(none),
    ],
  );
}

describe('byMonth', () => {
  it('groups applications sent by the month they were sent, oldest first', () => {
    const rows = byMonth(histories());
    expect(rows.map((row) => [row.key, row.label, row.applied])).toEqual([
      ['2026-03', 'Mar 2026', 3],
      ['2026-04', 'Apr 2026', 1],
    ]);
    expect(rows[0]).toMatchObject({
      responded: 2,
      responseRate: 2 / 3,
      interviewing: 1,
      offers: 0,
      // Rejected after 1 day, interviewing after 10.
      medianDaysToResponse: 5.5,
    });
  });

  it('leaves out applications never sent', () => {
    const total = byMonth(histories()).reduce((sum, row) => sum + row.tracked, 0);
    expect(total).toBe(4);
  });
});

describe('byChannel', () => {
  it('folds spellings of one channel together and lists the most used first', () => {
    const rows = byChannel(histories());
    expect(rows.map((row) => [row.label, row.tracked, row.applied, row.responded])).toEqual([
      ['Job board', 2, 2, 1],
      ['Referral', 2, 2, 1],
      [NO_CHANNEL, 1, 0, 0],
    ]);
    expect(rows.find((row) => row.label === NO_CHANNEL)?.responseRate).toBeNull();
  });
});
