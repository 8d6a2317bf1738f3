import { describe, expect, it } from 'vitest';
import { loadSampleRoles } from '../../../../shared/domain/seeds';

const entry = {
  seedKey: 'k',
  file: 'a.txt',
  originalName: 'a.txt',
  title: 'T',
  company: 'C',
  team: '',
  location: '',
  sourceUrl: '',
};

describe('loadSampleRoles', () => {
  it('joins manifest entries with their file text', () => {
    expect(loadSampleRoles({ seeds: [entry] }, new Map([['a.txt', 'text']]))).toEqual([
      { ...entry, text: 'text' },
    ]);
  });

  it('refuses a manifest whose file is missing or whose entries are malformed', () => {
    expect(() => loadSampleRoles({ seeds: [entry] }, new Map())).toThrow(
      'Seed file missing: a.txt',
    );
    expect(() => loadSampleRoles({ seeds: [{ ...entry, title: 3 }] }, new Map())).toThrow();
    expect(() => loadSampleRoles({ seeds: [] }, new Map())).toThrow();
  });
});
