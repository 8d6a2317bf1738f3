import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../shared/import/html-to-text';
import {
  addItem,
  editItem,
  mergeItems,
  removeItem,
  setItemKind,
  splitItem,
  type ReviewDraft,
} from '../../../../shared/import/review';
import { textSimilarity } from '../../../../shared/import/duplicates';

const TAGS = [
  'p',
  'div',
  'li',
  'ul',
  'h2',
  'b',
  'a',
  'br',
  'script',
  'style',
  'svg',
  'iframe',
  'pre',
  'td',
];

/** Random tag soup: opening, closing and self-closing tags, text, entities and comments. */
const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...TAGS).map((t) => `<${t}/>`),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('&lt;', '&amp;', '&#x3C;', '&bogus;', '<!--', '-->', '<![CDATA[', ']]>'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('htmlToText properties', () => {
  it('never throws and never leaves blank-padded or doubled blank lines', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const text = htmlToText(html);
        for (const line of text.split('\n')) expect(line).toBe(line.trim());
        expect(text).not.toContain('\n\n\n');
        expect(text).toBe(text.trim());
      }),
    );
  });

  it('never shows what a script or style holds', () => {
    const secret = fc.stringMatching(/^[a-z]{6,12}$/);
    fc.assert(
      fc.property(tagSoup, secret, fc.constantFrom('script', 'style'), (html, word, tag) => {
        fc.pre(!html.includes(word));
        // First in the page: markup before it could legitimately swallow the opening tag
        // (`<?<script>` is a bogus comment in HTML too), but nothing after it can reach in.
        const text = htmlToText(`<${tag}>${word}</${tag}>${html}`);
        expect(text).not.toContain(word);
      }),
    );
  });
});

describe('review operations properties', () => {
  const op = fc.oneof(
    fc.record({ op: fc.constant('add' as const), text: fc.string({ maxLength: 20 }) }),
    fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('merge' as const), at: fc.nat(), other: fc.nat() }),
    fc.record({ op: fc.constant('split' as const), at: fc.nat(), index: fc.nat({ max: 30 }) }),
    fc.record({
      op: fc.constant('edit' as const),
      at: fc.nat(),
      text: fc.string({ maxLength: 20 }),
    }),
    fc.record({ op: fc.constant('kind' as const), at: fc.nat() }),
  );

  it('keep keys unique and never change the posting or the input draft', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let draft: ReviewDraft = {
          title: '',
          company: '',
          team: '',
          location: '',
          sourceUrl: '',
          text: 'posting',
          sections: [],
          items: [],
        };
        for (const step of ops) {
          const before = JSON.stringify(draft);
          const keyAt = (n: number) =>
            draft.items[n % Math.max(draft.items.length, 1)]?.key ?? 'none';
          const previous = draft;
          if (step.op === 'add') draft = addItem(draft, step.text, 'required');
          else if (step.op === 'remove') draft = removeItem(draft, keyAt(step.at));
          else if (step.op === 'merge')
            draft = mergeItems(draft, keyAt(step.at), keyAt(step.other));
          else if (step.op === 'split') draft = splitItem(draft, keyAt(step.at), step.index);
          else if (step.op === 'edit') draft = editItem(draft, keyAt(step.at), step.text);
          else draft = setItemKind(draft, keyAt(step.at), 'preferred');
          expect(JSON.stringify(previous)).toBe(before);
          expect(new Set(draft.items.map((i) => i.key)).size).toBe(draft.items.length);
          expect(draft.text).toBe('posting');
        }
      }),
    );
  });
});

describe('textSimilarity properties', () => {
  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const ab = textSimilarity(a, b);
        expect(ab).toBe(textSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });
});
