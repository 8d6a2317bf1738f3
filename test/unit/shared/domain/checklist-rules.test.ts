import { describe, expect, it } from 'vitest';
import {
  newRequirement,
  confidenceSchema,
  evidenceDraftKey,
  evidenceSchema,
  EVIDENCE_MAX,
  matchesFilter,
  mergeOrder,
  newRequirementSchema,
  pickNextStage,
  requirementIdOfDraftKey,
  requirementPatchSchema,
  shiftId,
  sortByOrder,
} from '../../../../shared/domain/checklist-rules';
import type { StageStatus } from '../../../../shared/domain/model';

describe('shiftId', () => {
  it('moves an id one place up or down', () => {
    expect(shiftId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(shiftId(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses moves off either end, of absent ids, and of zero places', () => {
    expect(shiftId(['a', 'b'], 'a', -1)).toBeNull();
    expect(shiftId(['a', 'b'], 'b', 1)).toBeNull();
    expect(shiftId(['a', 'b'], 'z', 1)).toBeNull();
    expect(shiftId(['a', 'b'], 'a', 0)).toBeNull();
  });
});

describe('mergeOrder', () => {
  it('puts a reordered subset into the places its members held', () => {
    // r = required, p = preferred, interleaved as the posting listed them.
    expect(mergeOrder(['r1', 'p1', 'r2', 'p2', 'r3'], ['r3', 'r1', 'r2'])).toEqual([
      'r3',
      'p1',
      'r1',
      'p2',
      'r2',
    ]);
  });

  it('accepts a full reorder', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['c', 'b', 'a'])).toEqual(['c', 'b', 'a']);
  });

  it('rejects unknown or repeated ids', () => {
    expect(mergeOrder(['a', 'b'], ['a', 'x'])).toBeNull();
    expect(mergeOrder(['a', 'b'], ['a', 'a'])).toBeNull();
  });
});

describe('sortByOrder', () => {
  it('sorts by order and lets the named id win a tie', () => {
    const items = [
      { id: 'c', order: 2 },
      { id: 'a', order: 0 },
      { id: 'b', order: 1 },
      { id: 'back', order: 1 },
    ];
    expect(sortByOrder(items, 'back')).toEqual(['a', 'back', 'b', 'c']);
    expect(sortByOrder(items)).toEqual(['a', 'b', 'back', 'c']);
  });
});

describe('pickNextStage', () => {
  const stage = (order: number, status: StageStatus, scheduledAt?: number) => ({
    order,
    status,
    ...(scheduledAt === undefined ? {} : { scheduledAt }),
  });

  it('is undefined when nothing is planned or scheduled', () => {
    expect(pickNextStage<ReturnType<typeof stage>>([])).toBeUndefined();
    expect(pickNextStage([stage(0, 'passed'), stage(1, 'cancelled'), stage(2, 'done')])).toBe(
      undefined,
    );
  });

  it('takes the first planned stage by order when none has a date', () => {
    const stages = [stage(2, 'planned'), stage(0, 'passed'), stage(1, 'planned')];
    expect(pickNextStage(stages)).toBe(stages[2]);
  });

  it('prefers the earliest dated stage over undated ones and over order', () => {
    const stages = [
      stage(0, 'planned'),
      stage(1, 'scheduled', 3000),
      stage(2, 'scheduled', 2000),
      stage(3, 'failed', 1000),
    ];
    expect(pickNextStage(stages)).toBe(stages[2]);
  });

  it('breaks a tie of dates by order', () => {
    const stages = [stage(4, 'scheduled', 2000), stage(3, 'planned', 2000)];
    expect(pickNextStage(stages)).toBe(stages[1]);
  });
});

describe('matchesFilter', () => {
  const item = (id: string, kind: 'required' | 'preferred', checked: 0 | 1) => ({
    id,
    kind,
    checked,
  });
  const probed = new Set(['b']);

  it('shows everything under "all"', () => {
    expect(matchesFilter(item('a', 'preferred', 1), 'all', probed)).toBe(true);
  });

  it('shows only unticked required items under "unticked-required"', () => {
    expect(matchesFilter(item('a', 'required', 0), 'unticked-required', probed)).toBe(true);
    expect(matchesFilter(item('a', 'required', 1), 'unticked-required', probed)).toBe(false);
    expect(matchesFilter(item('a', 'preferred', 0), 'unticked-required', probed)).toBe(false);
  });

  it('shows the probed items under "next-stage"', () => {
    expect(matchesFilter(item('b', 'preferred', 1), 'next-stage', probed)).toBe(true);
    expect(matchesFilter(item('a', 'required', 0), 'next-stage', probed)).toBe(false);
    expect(matchesFilter(item('b', 'required', 0), 'next-stage', new Set())).toBe(false);
  });
});

describe('validation', () => {
  it('trims item text and refuses blank or unknown fields', () => {
    expect(newRequirementSchema.parse({ text: '  Led a team ', kind: 'required' })).toEqual({
      text: 'Led a team',
      kind: 'required',
    });
    expect(
      newRequirementSchema.safeParse({ text: '   ', kind: 'required' }).error?.issues[0],
    ).toMatchObject({ message: 'An item needs some text.' });
    expect(newRequirementSchema.safeParse({ text: 'x', kind: 'must' }).success).toBe(false);
    expect(requirementPatchSchema.safeParse({ checked: 1 }).success).toBe(false);
    expect(requirementPatchSchema.parse({})).toEqual({});
  });

  it('bounds evidence and allows confidence 1-3 or null only', () => {
    expect(evidenceSchema.safeParse('x'.repeat(EVIDENCE_MAX)).success).toBe(true);
    expect(evidenceSchema.safeParse('x'.repeat(EVIDENCE_MAX + 1)).success).toBe(false);
    expect(evidenceSchema.safeParse(42).success).toBe(false);
    for (const level of [1, 2, 3, null]) expect(confidenceSchema.parse(level)).toBe(level);
    for (const bad of [0, 4, 1.5, '2', undefined]) {
      expect(confidenceSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('keys evidence drafts by item id and reads them back', () => {
    expect(evidenceDraftKey('abc')).toBe('evidence:abc');
    expect(requirementIdOfDraftKey('evidence:abc')).toBe('abc');
    expect(requirementIdOfDraftKey('note:abc')).toBeUndefined();
    expect(requirementIdOfDraftKey('evidence:')).toBeUndefined();
  });
});

describe('newRequirement', () => {
  it('starts unticked, with no evidence or stories, stamped with the given time', () => {
    const fields = {
      id: 'r1',
      roleId: 'role',
      text: 'Lead a team',
      kind: 'required',
      origin: 'posting',
      order: 3,
    } as const;
    expect(newRequirement(fields, 42)).toEqual({
      ...fields,
      checked: 0,
      evidence: '',
      storyIds: [],
      createdAt: 42,
      updatedAt: 42,
    });
  });
});
