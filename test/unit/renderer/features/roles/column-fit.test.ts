import { describe, expect, it } from 'vitest';
import {
  columnsHiddenForWidth,
  minTableWidth,
} from '../../../../../renderer/src/features/roles/column-fit';

/** The columns shown by default (Location is off until the user turns it on). */
const DEFAULT_SHOWN = ['title', 'team', 'status', 'nextInterview', 'readiness', 'lastActivity'];

describe('columns hidden for width', () => {
  it('hides nothing when every shown column fits', () => {
    expect(minTableWidth(DEFAULT_SHOWN)).toBe(818);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 818)).toEqual([]);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 1100)).toEqual([]);
  });

  it('hides nothing before the width is known', () => {
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, undefined)).toEqual([]);
  });

  it('drops last activity first, then team, as the table narrows', () => {
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 817)).toEqual(['lastActivity']);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 702)).toEqual(['lastActivity']);
    expect(columnsHiddenForWidth(DEFAULT_SHOWN, 701)).toEqual(['lastActivity', 'team']);
  });

  it('drops location before anything else when the user shows it', () => {
    expect(columnsHiddenForWidth([...DEFAULT_SHOWN, 'location'], 818)).toEqual(['location']);
  });

  it('skips columns the user already hid, dropping the next one instead', () => {
    const shown = DEFAULT_SHOWN.filter((id) => id !== 'lastActivity');
    expect(columnsHiddenForWidth(shown, 600)).toEqual(['team']);
  });

  it('keeps the role title however narrow the table is', () => {
    const hidden = columnsHiddenForWidth(DEFAULT_SHOWN, 100);
    expect(hidden).toEqual(['lastActivity', 'team', 'nextInterview', 'readiness', 'status']);
    expect(hidden).not.toContain('title');
  });
});
