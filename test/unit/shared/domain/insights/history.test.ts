import { describe, expect, it } from 'vitest';
import {
  applicationHistories,
  applicationHistory,
  readChange,
  statusSteps,
} from '../../../../../shared/domain/insights/history';
import { application, created, entry, march, moved, movedV3 } from './insight-builders';

describe('readChange', () => {
  const app = application('a', 'screening');

  it('reads version 2 summaries: a change, a start and a re-application', () => {
    expect(readChange(moved(app, 'applied', 'screening', 1))).toEqual({
      from: 'applied',
      to: 'screening',
      start: false,
    });
    expect(readChange(entry(app, 'status-changed', 1, 'Started an application (applied)'))).toEqual(
      { to: 'applied', start: true },
    );
    expect(
      readChange(
        entry(app, 'status-changed', 1, 'Re-applied (interested); earlier application: rejected'),
      ),
    ).toEqual({ to: 'interested', start: true });
  });

  it('prefers version 3 fields over the summary', () => {
    expect(readChange(movedV3(app, 'offer', 'accepted', 1))).toEqual({
      from: 'offer',
      to: 'accepted',
      start: false,
    });
  });

  it('reads a version 3 entry without fromStatus as the start of an application', () => {
    const start = { ...movedV3(app, 'applied', 'applied', 1), fromStatus: undefined };
    expect(readChange(start)).toEqual({ to: 'applied', start: true });
  });

  it('treats a new role as starting in Interested', () => {
    expect(readChange(created(app))).toEqual({ to: 'interested', start: true });
  });

  it('ignores other entries and summaries it cannot read', () => {
    expect(readChange(entry(app, 'requirement-ticked', 1, 'Status: applied → screening'))).toBe(
      undefined,
    );
    expect(readChange(entry(app, 'status-changed', 1, 'Status: applied → dreaming'))).toBe(
      undefined,
    );
    expect(readChange(entry(app, 'stage-added', 1, 'Stage added'))).toBe(undefined);
  });
});

describe('statusSteps', () => {
  it('follows the log from the role being added', () => {
    const app = application('a', 'screening');
    const steps = statusSteps(app, [
      created(app),
      moved(app, 'interested', 'applied', march(2)),
      moved(app, 'applied', 'screening', march(9)),
    ]);
    expect(steps).toEqual([
      { status: 'interested', at: march(1) },
      { status: 'applied', at: march(2) },
      { status: 'screening', at: march(9) },
    ]);
  });

  it('starts from the first change’s "from" when the creation entry is missing', () => {
    const app = application('a', 'applied', { createdAt: march(1) });
    expect(statusSteps(app, [moved(app, 'interested', 'applied', march(4))])).toEqual([
      { status: 'interested', at: march(1) },
      { status: 'applied', at: march(4) },
    ]);
  });

  it('knows an application with no log only in its current status', () => {
    const app = application('a', 'interviewing', { createdAt: march(5) });
    expect(statusSteps(app, [])).toEqual([{ status: 'interviewing', at: march(5) }]);
  });

  it('adds the current status when the log does not end in it', () => {
    const app = application('a', 'offer', { updatedAt: march(20) });
    const steps = statusSteps(app, [created(app), moved(app, 'interested', 'applied', march(3))]);
    expect(steps.at(-1)).toEqual({ status: 'offer', at: march(20) });
  });
});

describe('applicationHistory', () => {
  it('counts a status that moved backwards once, at its furthest stage', () => {
    const app = application('a', 'screening');
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'applied', march(2)),
      moved(app, 'applied', 'interviewing', march(5)),
      moved(app, 'interviewing', 'screening', march(6)),
    ]);
    expect(history.furthest).toBe(3);
    expect(history.steps).toHaveLength(4);
  });

  it('measures the first answer from the applied date the user entered', () => {
    const app = application('a', 'screening', { appliedAt: march(2) });
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'applied', march(3)),
      moved(app, 'applied', 'screening', march(12)),
    ]);
    expect(history).toMatchObject({ appliedAt: march(2), respondedAt: march(12), responded: true });
  });

  it('takes the time it entered Applied when no date was entered', () => {
    const app = application('a', 'rejected');
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'applied', march(3)),
      moved(app, 'applied', 'rejected', march(7)),
    ]);
    expect(history).toMatchObject({ appliedAt: march(3), respondedAt: march(7), furthest: 1 });
  });

  it('counts an interview arranged as an answer, whichever comes first', () => {
    const app = application('a', 'screening');
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'applied', march(3)),
      entry(app, 'stage-scheduled', march(5)),
      moved(app, 'applied', 'screening', march(8)),
    ]);
    expect(history.respondedAt).toBe(march(5));
  });

  it('does not count a withdrawal or going quiet as an answer', () => {
    for (const end of ['withdrawn', 'ghosted'] as const) {
      const app = application('a', end);
      const history = applicationHistory(app, [
        created(app),
        moved(app, 'interested', 'applied', march(3)),
        moved(app, 'applied', end, march(30)),
      ]);
      expect(history.responded).toBe(false);
      expect(history.respondedAt).toBeUndefined();
    }
  });

  it('leaves an application never sent out of responses', () => {
    const app = application('a', 'rejected');
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'rejected', march(3)),
    ]);
    expect(history).toMatchObject({ furthest: 0, responded: false });
    expect(history.appliedAt).toBeUndefined();
  });

  it('counts an applied date as sent even when the status was never moved', () => {
    const app = application('a', 'interested', { appliedAt: march(4) });
    expect(applicationHistory(app, [created(app)])).toMatchObject({
      furthest: 1,
      appliedAt: march(4),
    });
  });

  it('keeps an answer logged before the entered applied date, without a time', () => {
    const app = application('a', 'screening', { appliedAt: march(20) });
    const history = applicationHistory(app, [
      created(app),
      moved(app, 'interested', 'screening', march(10)),
    ]);
    expect(history.responded).toBe(true);
    expect(history.respondedAt).toBeUndefined();
  });
});

describe('applicationHistories', () => {
  it('keeps a re-application separate from the earlier application', () => {
    const first = application('first', 'rejected', { roleId: 'r' });
    const again = application('again', 'screening', { roleId: 'r', createdAt: march(20) });
    const histories = applicationHistories(
      [first, again],
      [
        created(first),
        moved(first, 'interested', 'applied', march(2)),
        moved(first, 'applied', 'rejected', march(6)),
        entry(
          again,
          'status-changed',
          march(20),
          'Re-applied (applied); earlier application: rejected',
        ),
        moved(again, 'applied', 'screening', march(25)),
      ],
    );
    expect(histories.map((h) => h.steps.map((s) => s.status))).toEqual([
      ['interested', 'applied', 'rejected'],
      ['applied', 'screening'],
    ]);
    expect(histories[1]?.appliedAt).toBe(march(20));
  });

  it('sorts each log by time, whatever order it comes in', () => {
    const app = application('a', 'screening');
    const [history] = applicationHistories(
      [app],
      [
        moved(app, 'applied', 'screening', march(9)),
        moved(app, 'interested', 'applied', march(2)),
        created(app),
      ],
    );
    expect(history?.steps.map((s) => s.status)).toEqual(['interested', 'applied', 'screening']);
  });

  it('gives an entry without an application to the role’s only application', () => {
    const app = application('a', 'applied');
    const orphan = { ...moved(app, 'interested', 'applied', march(2)), applicationId: undefined };
    const [history] = applicationHistories([app], [orphan]);
    expect(history?.steps.map((s) => s.status)).toEqual(['interested', 'applied']);
  });

  it('drops an entry without an application when the role has several, and bad times', () => {
    const first = application('first', 'applied', { roleId: 'r' });
    const again = application('again', 'applied', { roleId: 'r' });
    const orphan = { ...moved(first, 'applied', 'offer', march(2)), applicationId: undefined };
    const broken = { ...moved(again, 'applied', 'offer', march(3)), at: Number.NaN };
    const histories = applicationHistories([first, again], [orphan, broken]);
    expect(histories.map((h) => h.furthest)).toEqual([1, 1]);
  });
});
