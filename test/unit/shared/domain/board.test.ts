import { describe, expect, it } from 'vitest';
import {
  applyMoves,
  BOARD_COLUMNS,
  compareCards,
  groupBoard,
  isExitStatus,
  isFiltering,
  matchesBoardFilter,
  neighbourStatus,
  NO_BOARD_FILTER,
  type BoardCard,
} from '../../../../shared/domain/board';

function card(overrides: Partial<BoardCard> & { roleId: string }): BoardCard {
  return {
    applicationId: `app-${overrides.roleId}`,
    title: `Role ${overrides.roleId}`,
    company: 'Canonical',
    team: '',
    status: 'interested',
    progress: { required: { done: 0, total: 3 }, preferred: { done: 0, total: 0 } },
    nextAction: '',
    updatedAt: 0,
    ...overrides,
  };
}

describe('board columns', () => {
  it('are the pipeline in order, then the exits, which alone can fold', () => {
    expect(BOARD_COLUMNS).toEqual([
      'interested',
      'applied',
      'screening',
      'interviewing',
      'offer',
      'accepted',
      'rejected',
      'withdrawn',
      'ghosted',
    ]);
    expect(BOARD_COLUMNS.filter(isExitStatus)).toEqual(['rejected', 'withdrawn', 'ghosted']);
  });

  it('give each status its neighbours, and none past either end', () => {
    expect(neighbourStatus('interested', 1)).toBe('applied');
    expect(neighbourStatus('applied', -1)).toBe('interested');
    expect(neighbourStatus('accepted', 1)).toBe('rejected');
    expect(neighbourStatus('interested', -1)).toBeNull();
    expect(neighbourStatus('ghosted', 1)).toBeNull();
  });
});

describe('board filter', () => {
  const lxd = card({
    roleId: 'lxd',
    title: 'Engineering Manager, LXD',
    team: 'Private cloud',
    nextAction: 'Send the written answers',
    priority: 4,
  });

  it('keeps a card holding every word, in any case, in title, company, team or next action', () => {
    expect(matchesBoardFilter(lxd, { text: 'lxd CANONICAL', priority: 'any' })).toBe(true);
    expect(matchesBoardFilter(lxd, { text: 'private written', priority: 'any' })).toBe(true);
    expect(matchesBoardFilter(lxd, { text: 'lxd hpc', priority: 'any' })).toBe(false);
    expect(matchesBoardFilter(lxd, { text: '   ', priority: 'any' })).toBe(true);
  });

  it('keeps one priority, or only cards with none', () => {
    expect(matchesBoardFilter(lxd, { text: '', priority: 4 })).toBe(true);
    expect(matchesBoardFilter(lxd, { text: '', priority: 5 })).toBe(false);
    expect(matchesBoardFilter(lxd, { text: '', priority: 'none' })).toBe(false);
    expect(matchesBoardFilter(card({ roleId: 'x' }), { text: '', priority: 'none' })).toBe(true);
    expect(matchesBoardFilter(card({ roleId: 'x' }), { text: '', priority: 3 })).toBe(false);
  });

  it('says whether it narrows anything', () => {
    expect(isFiltering(NO_BOARD_FILTER)).toBe(false);
    expect(isFiltering({ text: ' ', priority: 'any' })).toBe(false);
    expect(isFiltering({ text: 'x', priority: 'any' })).toBe(true);
    expect(isFiltering({ text: '', priority: 'none' })).toBe(true);
  });
});

describe('board grouping and order', () => {
  it('puts each card in its status column, leaving out what the filter drops', () => {
    const cards = [
      card({ roleId: 'a', status: 'applied' }),
      card({ roleId: 'b', status: 'rejected', title: 'Other' }),
      card({ roleId: 'c', status: 'applied', title: 'Dropped' }),
    ];
    const columns = groupBoard(cards, { text: 'role', priority: 'any' });
    expect([...columns.keys()]).toEqual(BOARD_COLUMNS);
    expect(columns.get('applied')?.map((c) => c.roleId)).toEqual(['a']);
    expect(columns.get('rejected')).toEqual([]);
    expect(columns.get('interested')).toEqual([]);
  });

  it('orders by priority (unset last), then soonest interview, soonest due action, title', () => {
    const cards = [
      card({ roleId: 'none', title: 'A' }),
      card({ roleId: 'due-late', priority: 3, nextActionDue: 300 }),
      card({ roleId: 'top', priority: 5 }),
      card({ roleId: 'due-soon', priority: 3, nextActionDue: 100 }),
      card({ roleId: 'interview', priority: 3, nextInterview: { at: 900, name: 'Panel' } }),
      card({ roleId: 'b', priority: 3, title: 'B' }),
      card({ roleId: 'a', priority: 3, title: 'A' }),
    ];
    expect([...cards].sort(compareCards).map((c) => c.roleId)).toEqual([
      'top',
      'interview',
      'due-soon',
      'due-late',
      'a',
      'b',
      'none',
    ]);
    expect(groupBoard(cards, NO_BOARD_FILTER).get('interested')?.[0]?.roleId).toBe('top');
  });
});

describe('moves shown before they are stored', () => {
  it('takes a card out of its column and puts it in its place in the new one', () => {
    const columns = groupBoard(
      [
        card({ roleId: 'lxd', title: 'LXD', priority: 3 }),
        card({ roleId: 'hpc', title: 'HPC' }),
        card({ roleId: 'top', title: 'Top', status: 'applied', priority: 5 }),
        card({ roleId: 'low', title: 'Low', status: 'applied', priority: 1 }),
      ],
      NO_BOARD_FILTER,
    );
    const moved = applyMoves(columns, new Map([['lxd', 'applied'] as const]));
    expect(moved.get('interested')?.map((c) => c.roleId)).toEqual(['hpc']);
    expect(moved.get('applied')?.map((c) => [c.roleId, c.status])).toEqual([
      ['top', 'applied'],
      ['lxd', 'applied'],
      ['low', 'applied'],
    ]);
    // The sorted columns it started from are left as they were.
    expect(columns.get('interested')?.map((c) => c.roleId)).toEqual(['lxd', 'hpc']);
    expect(moved.get('screening')).toBe(columns.get('screening'));
  });

  it('ignores a move to where the card already is, or of a card not shown', () => {
    const columns = groupBoard([card({ roleId: 'lxd' })], NO_BOARD_FILTER);
    const moved = applyMoves(
      columns,
      new Map([
        ['lxd', 'interested'],
        ['gone', 'offer'],
      ] as const),
    );
    expect(moved.get('interested')?.map((c) => c.roleId)).toEqual(['lxd']);
    expect(moved.get('offer')).toEqual([]);
  });
});
