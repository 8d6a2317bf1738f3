import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  MAX_TERM_LENGTH,
  parseQuery,
  snippetOf,
  termsOf,
  textMatches,
  withinDistance,
} from '../../../../shared/domain/search-terms';

describe('search terms', () => {
  it('splits and folds words exactly as MiniSearch does', () => {
    const texts = ['C++/Go, Node.js — “quoted” São Paulo', 'line\nbreak\ttab 2024-05-01'];
    const tokens = texts.flatMap((text) =>
      (MiniSearch.getDefault('tokenize') as (s: string) => string[])(text)
        .map((term) => term.toLowerCase())
        .filter(Boolean),
    );
    expect(termsOf(texts)).toEqual([...new Set(tokens)]);
    expect(termsOf(['x'.repeat(500)])).toEqual(['x'.repeat(MAX_TERM_LENGTH)]);
  });

  it('allows near misses only for words over four letters, 20% of their length', () => {
    expect(parseQuery('go kubernets  infiniband')).toEqual([
      { tokens: ['go'], distances: [0] },
      { tokens: ['kubernets'], distances: [2] },
      { tokens: ['infiniband'], distances: [2] },
    ]);
    expect(parseQuery('   ')).toEqual([]);
  });

  it('bounds the edit distance', () => {
    expect(withinDistance('kubernetes', 'kubernets', 1)).toBe(true);
    expect(withinDistance('kubernetes', 'kubrnets', 1)).toBe(false);
    expect(withinDistance('kubernetes', 'kubrnets', 2)).toBe(true);
    expect(withinDistance('abc', 'abc', 0)).toBe(true);
    expect(withinDistance('abc', 'abd', 0)).toBe(false);
  });

  it('matches a text that holds every word, by prefix', () => {
    const words = parseQuery('infini hpc');
    expect(textMatches(termsOf(['InfiniBand for HPC clusters']), words)).toBe(true);
    expect(textMatches(termsOf(['InfiniBand only']), words)).toBe(false);
    expect(textMatches(termsOf(['anything']), [])).toBe(false);
  });
});

describe('snippets', () => {
  it('marks the matching words around the first hit, with ellipses where cut', () => {
    const text = `${'lead in words '.repeat(20)}the Quokka offsite, then quokkas again ${'tail '.repeat(40)}`;
    const parts = snippetOf(text, parseQuery('quokka'));
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual([
      'Quokka',
      'quokkas',
    ]);
  });

  it('keeps markup as plain text parts', () => {
    const parts = snippetOf('<img src=x onerror="alert(1)"> quokka', parseQuery('quokka'));
    expect(parts.map((part) => part.text).join('')).toBe('<img src=x onerror="alert(1)"> quokka');
    expect(parts.filter((part) => part.hit)).toEqual([{ text: 'quokka', hit: true }]);
  });
});

describe('snippets of Markdown', () => {
  it('show the words a reader sees', () => {
    const parts = snippetOf(
      '## Plan\n- **Open source** [team](https://x.test) `work`',
      parseQuery('team'),
    );
    expect(parts.map((part) => part.text).join('')).toBe('Plan Open source team work');
  });
});
