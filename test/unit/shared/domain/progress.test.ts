import { describe, expect, it } from 'vitest';
import {
  checklistProgress,
  formatProgress,
  requiredShare,
} from '../../../../shared/domain/progress';

describe('checklist progress', () => {
  const items = [
    { kind: 'required', checked: 1 },
    { kind: 'required', checked: 0 },
    { kind: 'required', checked: 1 },
    { kind: 'preferred', checked: 0 },
  ] as const;

  it('counts ticked items per kind', () => {
    expect(checklistProgress(items)).toEqual({
      required: { done: 2, total: 3 },
      preferred: { done: 0, total: 1 },
    });
  });

  it('formats required, and preferred only when there are any', () => {
    expect(formatProgress(checklistProgress(items))).toBe('2/3 required · 0/1 preferred');
    expect(formatProgress(checklistProgress(items.slice(0, 2)))).toBe('1/2 required');
    expect(formatProgress(checklistProgress([]))).toBe('0/0 required');
  });

  it('gives the share of required items ticked', () => {
    expect(requiredShare(checklistProgress(items))).toBeCloseTo(2 / 3);
    expect(requiredShare(checklistProgress([]))).toBe(1);
  });
});
