import fc from 'fast-check';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import {
  bulletList as list,
  emphasis as em,
  listItem as item,
  paragraph as para,
  SERIALIZE_OPTIONS,
  strong as bold,
} from '../../../../shared/export/mdast';

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
// Built with the export's own builders (mdast.ts); headings here take any children.
const heading = (depth: Heading['depth'], ...children: PhrasingContent[]): Heading => ({
  type: 'heading',
  depth,
  children,
});
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
  (value) => [para(t(value), t(value), t('end'))],
  (value) => [heading(1, t('Title '), t(value))],
  (value) => [heading(6, t(value))],
  (value) => [heading(7 as 6, t(value))],
  (value) => [heading(2), para(t(value))],
  (value) => [
    list([
      item([para(t(value)), para(t(value))], true),
      item([], false),
      item([para()], true),
      item([heading(4, t(value)), para(t(value))], false),
      { ...item([para(t(value))]), spread: true },
    ]),
  ],
  (value) => [{ ...list([item([para(t(value), t('x'))], false)]), ordered: true, start: 3 }],
  // Bold and italic text, as note facts and stage facts have it, and next to anything.
  (value) => [para(em(value))],
  (value) => [para(bold(value), t(' '), t(value))],
  (value) => [para(bold('When:'), t(' '), em(value))],
  (value) => [para(t(value), t(' '), em(value), t(' '), t(value))],
  (value) => [para(t('x'), t(' '), bold(value), t(' '), t('y'))],
  (value) => [para(bold(value), t(value))],
  (value) => [para(t(value), em(value))],
  (value) => [para(em(value), t(' '))],
  (value) => [para(t(' '), bold(value))],
  (value) => [para(em(value), t(' '), em(value))],
  (value) => [para(bold(value), t(' '), t(' '), t(value))],
  (value) => [heading(3, em(value), t(' '), t('x'))],
  (value) => [para(bold(`${value}:`), t(' '), t(value))],
  (value) => [para(t('http'), em(`${value}:`), t('//x'))],
  // Prose plain-prose.ts writes as it is, alone or under a checklist item.
  (value) => [para({ type: 'html', value })],
  (value) => [{ type: 'heading', depth: 2, children: [{ type: 'html', value }] }],
  (value) => [para({ type: 'html', value }, t(value))],
  (value) => [
    list([item([para(t(value)), para({ type: 'html', value: `${value}\n${value}` })], false)]),
  ],
  (value) => [
    list([item([para(em(value))], true), item([para(bold('Label:'), t(' '), t(value))])]),
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
