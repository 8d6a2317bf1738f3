import { describe, expect, it } from 'vitest';
import {
  insertId,
  moveId,
  moveItem,
  moveStep,
  orderChanges,
  reconcileOrder,
  sameOrder,
} from '../../../../shared/domain/reorder';

const ids = ['a', 'b', 'c', 'd'];

describe('moveItem and moveId', () => {
  it('moves down and up', () => {
    expect(moveItem(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(ids, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveId(ids, 'c', 1)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('clamps the target and ignores a missing source', () => {
    expect(moveItem(ids, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(ids, 2, -5)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(ids, 7, 0)).toEqual(ids);
    expect(moveId(ids, 'zz', 0)).toEqual(ids);
  });

  it('never mutates its input', () => {
    const input = [...ids];
    moveItem(input, 0, 3);
    expect(input).toEqual(ids);
  });
});

describe('moveStep', () => {
  it('swaps with a neighbour', () => {
    expect(moveStep(ids, 'b', -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveStep(ids, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('refuses moves past either end or of unknown ids', () => {
    expect(moveStep(ids, 'a', -1)).toBeNull();
    expect(moveStep(ids, 'd', 1)).toBeNull();
    expect(moveStep(ids, 'x', 1)).toBeNull();
  });
});

describe('insertId', () => {
  it('puts an id back at its index, clamped', () => {
    expect(insertId(['a', 'c'], 'b', 1)).toEqual(['a', 'b', 'c']);
    expect(insertId(['a', 'c'], 'b', 9)).toEqual(['a', 'c', 'b']);
    expect(insertId(['a', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(insertId(['a', 'b', 'c'], 'b', 0)).toEqual(['b', 'a', 'c']);
  });
});

describe('reconcileOrder', () => {
  it('drops vanished ids and keeps new ones at the end', () => {
    expect(reconcileOrder(['c', 'x', 'a'], ['a', 'b', 'c', 'e'])).toEqual(['c', 'a', 'b', 'e']);
  });

  it('ignores duplicates in the request', () => {
    expect(reconcileOrder(['b', 'b', 'a'], ['a', 'b'])).toEqual(['b', 'a']);
  });
});

describe('orderChanges', () => {
  it('lists only the records whose order changes', () => {
    const current = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
    expect(orderChanges(['a', 'c', 'b', 'd'], current)).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(orderChanges(ids, current)).toEqual([]);
  });

  it('closes gaps left by deletes', () => {
    const current = new Map([
      ['a', 0],
      ['c', 2],
      ['d', 5],
    ]);
    expect(orderChanges(['a', 'c', 'd'], current)).toEqual([
      { id: 'c', order: 1 },
      { id: 'd', order: 2 },
    ]);
  });
});

describe('sameOrder', () => {
  it('compares order, not membership', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
