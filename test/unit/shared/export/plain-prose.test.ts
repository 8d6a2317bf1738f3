import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, serialize } from '../../../../shared/export/mdast';
import { plainProseBlocks } from '../../../../shared/export/plain-prose';
import {
  parsedBlocks,
  userMarkdownBlocks,
  type UserMarkdownPlacement,
} from '../../../../shared/export/user-markdown';

const PLACEMENTS: UserMarkdownPlacement[] = [
  { headings: { belowDepth: 3 }, footnotePrefix: 'n1' },
  { headings: 'flatten', footnotePrefix: 'req-1' },
];

/** What the export writes for `markdown`: the way it takes, and always the full parse. */
function bothWays(markdown: string, placement: UserMarkdownPlacement) {
  const source = cleanText(markdown).trim();
  // Inside a list item, as a checklist item's evidence is placed.
  const wrap = (blocks: ReturnType<typeof parsedBlocks>) =>
    serialize(
      placement.headings === 'flatten'
        ? [
            {
              type: 'list',
              spread: false,
              children: [{ type: 'listItem', spread: false, children: blocks }],
            },
          ]
        : [{ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Note' }] }, ...blocks],
    );
  return {
    fast: wrap(userMarkdownBlocks(markdown, placement)),
    full: wrap(source === '' ? [] : parsedBlocks(source, placement)),
  };
}

/** Pieces that sit near the edge of the test: punctuation, links, lists, breaks. */
const PIECES = [
  'word',
  'Team',
  'www',
  'w',
  'W',
  'know',
  'é',
  'Ünïcode',
  '中文',
  '3',
  '12',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\n\n\n',
  '.',
  ',',
  ';',
  ':',
  "'",
  '"',
  '?',
  '!',
  '(',
  ')',
  '-',
  '--',
  '—',
  '’',
  '…',
  '#',
  '*',
  '_',
  '[',
  ']',
  '<',
  '>',
  '&',
  'amp;',
  '@',
  '/',
  'http',
  '|',
  '=',
  '+',
  '`',
  '~',
  '\\',
  '\t',
];

describe('plain prose', () => {
  it('is most notes: sentences with punctuation take the fast way', () => {
    for (const text of [
      'Spoke with Dana, the hiring manager. Team of 6; remote-friendly.',
      'First line\nsecond line\n\nA new paragraph: “quoted” — and (aside)… done?',
      'Salary range 120 to 140. Next call Tuesday!',
    ]) {
      expect(plainProseBlocks(text)).not.toBeNull();
    }
  });

  it('leaves anything that could be Markdown to the full parse', () => {
    for (const text of [
      '- a list',
      '1. numbered',
      '# heading',
      'line  \nwith a hard break',
      'see www.example.com',
      'ends with www.',
      'WWW.',
      'mail me@example.com',
      'a *bold* word',
      'Title\n===',
      'Title\n---',
      '> quote',
      '    code',
      'a | b',
      'Tom &amp; Jerry',
      '3 items',
    ]) {
      expect(plainProseBlocks(text)).toBeNull();
    }
  });

  it('gives exactly the Markdown the full parse gives, wherever it is placed', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 40 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...PLACEMENTS), (markdown, placement) => {
        const { fast, full } = bothWays(markdown, placement);
        expect(fast).toBe(full);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same Markdown for prose made only of allowed characters', () => {
    const allowed = fc
      .array(fc.constantFrom('A', 'word', 'w', ' ', '\n', '\n\n', '.', ',', ':', '-', '(', '’'), {
        minLength: 1,
        maxLength: 30,
      })
      .map((pieces) => `Note ${pieces.join('')}`);
    let fastOnes = 0;
    fc.assert(
      fc.property(allowed, fc.constantFrom(...PLACEMENTS), (markdown, placement) => {
        if (plainProseBlocks(cleanText(markdown).trim()) !== null) fastOnes += 1;
        const { fast, full } = bothWays(markdown, placement);
        expect(fast).toBe(full);
      }),
      { numRuns: 2000 },
    );
    // The comparison above must exercise the fast way, not only the fallback.
    expect(fastOnes).toBeGreaterThan(500);
  });
});
