import { describe, expect, it } from 'vitest';
import {
  columnsHiddenForWidth,
  minTableWidth,
} from '../../../../../renderer/src/features/roles/column-fit';

/** The columns shown by default (Location is off until the user turns it on). */
const DEFAULT_SHOWN = [
  'title',
  'team',
  'status',
  'nextInterview',
  'readiness',
  'compensation',
  'closing',
  'lastActivity',
  'actions',
];

describe('columns hidden for width', () => {
  it('hides nothing when every shown column fits', () => {
    expect(minTableWidth(DEFAULT_SHOWN)).toBe(1084);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 1084)).toEqual([]);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 1400)).toEqual([]);
  });

  it('hides nothing before the width is known', () => {
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, undefined)).toEqual([]);
  });

  it('drops last activity first, then the closing date, then team, as the table narrows', () => {
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 1083)).toEqual(['lastActivity']);
    // A 1280-pixel window leaves the table 994: everything else fits.
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 994)).toEqual(['lastActivity']);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 967)).toEqual(['lastActivity', 'closing']);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 857)).toEqual(['lastActivity', 'closing', 'team']);
    // 1024 pixels leave it 738: pay still fits beside status, interview and readiness.
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 738)).toEqual(['lastActivity', 'closing', 'team']);
  });

  it('drops location before anything else when the user shows it', () => {
    expect(columnsHiddenForWidth([...DEFAULT_SHOWN, 'location'], 1084)).toEqual(['location']);
  });

  it('skips columns the user already hid, dropping the next one instead', () => {
    const shown = DEFAULT_SHOWN.filter((id) => id !== 'lastActivity');
    expect(columnsHiddenForWidth(shown, 900)).toEqual(['closing']);
  });

  it('keeps the role title and its row action however narrow the table is', () => {
    const hidden = columnsHiddenForWidth(DEFAULT_SHOWN, 100);
    expect(hidden).toEqual([
      'lastActivity',
      'closing',
      'team',
      'compensation',
      'nextInterview',
      'readiness',
      'status',
    ]);
    expect(hidden).not.toContain('title');
    expect(hidden).not.toContain('actions');
  });
});
