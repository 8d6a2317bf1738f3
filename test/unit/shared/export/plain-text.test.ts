import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { SERIALIZE_OPTIONS } from '../../../../shared/export/mdast';

/** Serialized with the fast text and block handlers, and with the serializer's own. */
function bothWays(children: RootContent[]) {
  const root: Root = { type: 'root', children };
  const plain = { ...SERIALIZE_OPTIONS, handlers: {} };
  return { fast: toMarkdown(root, SERIALIZE_OPTIONS), full: toMarkdown(root, plain) };
}

const PIECES = [
  'Note',
  'word',
  'W',
  '1.',
  '2)',
  ':-',
  '- ',
  'http:',
  '//',
  'www',
  'w',
  '12',
  '1',
  ' ',
  '  ',
  '—',
  '·',
  'é',
  '\n',
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\t'.split(''),
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const t = (value: string): PhrasingContent => ({ type: 'text', value });
const em = (value: string): PhrasingContent => ({ type: 'emphasis', children: [t(value)] });
const bold = (value: string): PhrasingContent => ({ type: 'strong', children: [t(value)] });
const link: PhrasingContent = {
  type: 'link',
  url: 'https://example.com',
  title: null,
  children: [t('a link')],
};

/** The places a text sits in an export. */
const PLACES: ((value: string) => RootContent[])[] = [
  (value) => [{ type: 'paragraph', children: [t(value)] }],
  (value) => [{ type: 'paragraph', children: [t(value), link] }],
  (value) => [{ type: 'paragraph', children: [link, t(value)] }],
  (value) => [{ type: 'paragraph', children: [{ type: 'emphasis', children: [t(value)] }] }],
  (value) => [
    {
      type: 'paragraph',
      children: [{ type: 'strong', children: [t('Label:')] }, t(' '), t(value)],
    },
  ],
  (value) => [{ type: 'heading', depth: 3, children: [t(value)] }],
  (value) => [
    {
      type: 'list',
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          checked: false,
          children: [{ type: 'paragraph', children: [t(value)] }],
        },
      ],
    },
  ],
  (value) => [{ type: 'paragraph', children: [t('1'), t(value)] }],
  (value) => [{ type: 'paragraph', children: [t(value), t('/x')] }],
  (value) => [{ type: 'paragraph', children: [t('x]'), t(value)] }],
  (value) => [
    {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [t('head')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [t(value)] }] },
      ],
    },
  ],
  (value) => [
    { type: 'paragraph', children: [t('before')] },
    { type: 'paragraph', children: [t(value), { type: 'inlineCode', value: 'x' }] },
  ],
  // Blocks of several texts, headings of any depth, and every kind of list item
  // (see plain-blocks.ts, which writes plain blocks itself).
  (value) => [{ type: 'paragraph', children: [t(value), t(value), t('end')] }],
  (value) => [{ type: 'heading', depth: 1, children: [t('Title '), t(value)] }],
  (value) => [{ type: 'heading', depth: 6, children: [t(value)] }],
  (value) => [{ type: 'heading', depth: 7 as 6, children: [t(value)] }],
  (value) => [
    { type: 'heading', depth: 2, children: [] },
    { type: 'paragraph', children: [t(value)] },
  ],
  (value) => [
    {
      type: 'list',
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          checked: true,
          children: [
            { type: 'paragraph', children: [t(value)] },
            { type: 'paragraph', children: [t(value)] },
          ],
        },
        { type: 'listItem', spread: false, checked: false, children: [] },
        {
          type: 'listItem',
          spread: false,
          checked: true,
          children: [{ type: 'paragraph', children: [] }],
        },
        {
          type: 'listItem',
          spread: false,
          checked: false,
          children: [
            { type: 'heading', depth: 4, children: [t(value)] },
            { type: 'paragraph', children: [t(value)] },
          ],
        },
        { type: 'listItem', spread: true, children: [{ type: 'paragraph', children: [t(value)] }] },
      ],
    },
  ],
  (value) => [
    {
      type: 'list',
      ordered: true,
      start: 3,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          checked: false,
          children: [{ type: 'paragraph', children: [t(value), t('x')] }],
        },
      ],
    },
  ],
  // Bold and italic text, as note facts and stage facts have it, and next to anything.
  (value) => [{ type: 'paragraph', children: [em(value)] }],
  (value) => [{ type: 'paragraph', children: [bold(value), t(' '), t(value)] }],
  (value) => [{ type: 'paragraph', children: [bold('When:'), t(' '), em(value)] }],
  (value) => [{ type: 'paragraph', children: [t(value), t(' '), em(value), t(' '), t(value)] }],
  (value) => [{ type: 'paragraph', children: [t('x'), t(' '), bold(value), t(' '), t('y')] }],
  (value) => [{ type: 'paragraph', children: [bold(value), t(value)] }],
  (value) => [{ type: 'paragraph', children: [t(value), em(value)] }],
  (value) => [{ type: 'paragraph', children: [em(value), t(' ')] }],
  (value) => [{ type: 'paragraph', children: [t(' '), bold(value)] }],
  (value) => [{ type: 'paragraph', children: [em(value), t(' '), em(value)] }],
  (value) => [{ type: 'paragraph', children: [bold(value), t(' '), t(' '), t(value)] }],
  (value) => [{ type: 'heading', depth: 3, children: [em(value), t(' '), t('x')] }],
  (value) => [{ type: 'paragraph', children: [bold(`${value}:`), t(' '), t(value)] }],
  (value) => [{ type: 'paragraph', children: [t('http'), em(`${value}:`), t('//x')] }],
  (value) => [{ type: 'paragraph', children: [{ type: 'html', value }] }],
  (value) => [
    {
      type: 'list',
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          checked: false,
          children: [
            { type: 'paragraph', children: [t(value)] },
            { type: 'paragraph', children: [{ type: 'html', value: `${value}\n${value}` }] },
          ],
        },
      ],
    },
  ],
  (value) => [
    {
      type: 'list',
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          checked: true,
          children: [{ type: 'paragraph', children: [em(value)] }],
        },
        {
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: [bold('Label:'), t(' '), t(value)] }],
        },
      ],
    },
  ],
  (value) => [
    { type: 'blockquote', children: [{ type: 'paragraph', children: [t(value)] }] },
    { type: 'paragraph', children: [t(value)] },
  ],
];

describe('the fast text and plain block handlers', () => {
  it('writes every text exactly as the serializer’s own handler, wherever it is', () => {
    fc.assert(
      fc.property(text, fc.nat({ max: PLACES.length - 1 }), (value, place) => {
        const { fast, full } = bothWays(PLACES[place]?.(value) ?? []);
        expect(fast).toBe(full);
      }),
      { numRuns: 30_000 },
    );
  });

  it('writes the titles, dates and items exports are full of unchanged', () => {
    for (const value of [
      'Note 3: team project design — 12 Dec 2026',
      'Written Tue, 1 Dec 2026, 14:05 · edited 3 Dec 2026 · Pinned',
      'Experience with data pipeline metrics',
    ]) {
      const { fast, full } = bothWays([{ type: 'paragraph', children: [t(value)] }]);
      expect(fast).toBe(`${value}\n`);
      expect(full).toBe(fast);
    }
  });
});
