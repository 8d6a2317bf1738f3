import { describe, expect, it } from 'vitest';
import { groupAgenda, snoozeTargets, type AgendaItem } from '../../../../shared/domain/agenda';

const NOW = new Date(2026, 2, 3, 15, 42).getTime();

function item(title: string, at: number, overdue: boolean): AgendaItem {
  return { kind: 'next-action', id: title, roleId: 'r', roleTitle: 'Role', at, title, overdue };
}

describe('snoozeTargets', () => {
  it('offers tomorrow and a week from today, as local midnights', () => {
    expect(snoozeTargets(NOW)).toEqual({
      tomorrow: new Date(2026, 2, 4).getTime(),
      nextWeek: new Date(2026, 2, 10).getTime(),
    });
  });

  it('counts calendar days across a month end', () => {
    const lastDay = new Date(2026, 0, 31, 23, 59).getTime();
    expect(snoozeTargets(lastDay).tomorrow).toBe(new Date(2026, 1, 1).getTime());
  });
});

describe('groupAgenda', () => {
  it('puts overdue items first, then one group per day labelled Today / Tomorrow', () => {
    const groups = groupAgenda(
      [
        item('later', new Date(2026, 2, 4, 9).getTime(), false),
        item('late', new Date(2026, 2, 1).getTime(), true),
        item('today', new Date(2026, 2, 3, 17).getTime(), false),
      ],
      NOW,
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.title)])).toEqual([
      ['Overdue', ['late']],
      ['Today', ['today']],
      ['Tomorrow', ['later']],
    ]);
  });
});
