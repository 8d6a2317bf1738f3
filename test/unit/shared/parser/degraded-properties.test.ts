import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULLET_MARKERS, parsePostingStrict } from '../../../../shared/parser/index';
import type { ParsedPosting } from '../../../../shared/parser/index';
import { degrade, FORMS } from '../../../../scripts/parse-eval/degrade';
import type { EvalPosting } from '../../../../scripts/parse-eval/evaluate';
import { expectWellFormed, textAndKind } from './well-formed';

// Properties of the parser on generated postings in every degraded form, on real
// postings from the evaluation subset, and of its running time.

const subset = (
  JSON.parse(
    readFileSync(new URL('../../../fixtures/parse-eval/subset.json', import.meta.url), 'utf8'),
  ) as { postings: EvalPosting[] }
).postings;

const word = fc.constantFrom(
  'Experience',
  'with',
  'Go',
  'Rust',
  'and',
  'PostgreSQL',
  'strong',
  'skills',
  'you’ll',
  'C/C++',
  'years',
  '5+',
  'MLOps',
  'team',
  'e.g.',
  'must',
  'plus',
  'Kubernetes',
  'über',
  '日本語',
  '🚀',
  'a',
  'the',
  'DevOps',
  'design.',
  'APIs',
  '(AWS)',
  '&',
  '#remote',
);
const itemText = fc
  .array(fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 12 })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((words) => words.join(' '));
const heading = fc.constantFrom(
  'Requirements',
  'Nice to have',
  "What you'll do",
  'Benefits',
  'About us',
  'Who you are',
  'Bonus points',
  'Our stack',
  '',
);
const markdownPosting = fc
  .array(
    fc.tuple(
      heading,
      fc.array(itemText, { maxLength: 8 }),
      fc.option(itemText, { nil: undefined }),
    ),
    { maxLength: 8 },
  )
  .map((sections) =>
    sections
      .map(([title, items, prose]) =>
        [
          title === '' ? '' : `### ${title}`,
          prose ?? '',
          ...items.map((item) => `  * ${item}`),
        ].join('\n'),
      )
      .join('\n\n'),
  );

function expectCleanItems(posting: ParsedPosting): void {
  const texts = posting.requirements.map((r) => r.text);
  for (const text of texts) {
    expect(text).not.toBe('');
    expect(text).toBe(text.trim());
    expect(BULLET_MARKERS.includes(text[0] ?? '')).toBe(false);
  }
  // Requirements are listed once each.
  expect(new Set(texts).size).toBe(texts.length);
}

/**
 * Renders requirements back as a markdown checklist, as an export would: each run of
 * items of one kind under its own heading, so the order is kept.
 */
function render(posting: ParsedPosting): string {
  const lines: string[] = [];
  let kind = '';
  for (const requirement of posting.requirements) {
    if (requirement.kind !== kind) {
      kind = requirement.kind;
      lines.push('', kind === 'required' ? '## Requirements' : '## Nice to have', '');
    }
    lines.push(`* ${requirement.text}`);
  }
  return lines.join('\n');
}

describe('parser properties on degraded postings', () => {
  it('never throws and gives clean, unique items in every form', () => {
    fc.assert(
      fc.property(markdownPosting, (markdown) => {
        for (const form of FORMS) {
          const parsed = parsePostingStrict(degrade(markdown, form));
          expectWellFormed(parsed);
          expectCleanItems(parsed);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on huge unicode lines in any form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (chunk) => {
        const line = chunk.repeat(Math.ceil(20_000 / chunk.length));
        const markdown = `### Requirements\n\n  * ${line}\n  * ${line}x\n`;
        for (const form of FORMS) expectWellFormed(parsePostingStrict(degrade(markdown, form)));
      }),
      { numRuns: 20 },
    );
  });

  it('does not depend on line endings', () => {
    fc.assert(
      fc.property(markdownPosting, (markdown) => {
        const plain = degrade(markdown, 'plain');
        expect(parsePostingStrict(plain.replace(/\n/g, '\r\n'))).toEqual(parsePostingStrict(plain));
      }),
      { numRuns: 100 },
    );
  });

  it('is stable: requirements rendered as a markdown checklist parse back to themselves', () => {
    for (const posting of subset) {
      for (const form of FORMS) {
        const first = parsePostingStrict(degrade(posting.text, form));
        expect(textAndKind(parsePostingStrict(render(first)).requirements)).toEqual(
          textAndKind(first.requirements),
        );
      }
    }
  });
});

describe('parse time grows linearly with input size', () => {
  // Timing with a generous ratio, not an absolute limit: 8× the input must take less than
  // 20× the time (a quadratic step would take 64×). The best of three runs damps noise
  // from other processes; the base input (about 160 kB) is large enough that both sizes
  // are measured in the same regime of memory use.
  function bestTime(text: string): number {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      parsePostingStrict(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it.each(FORMS)('in the %s form', (form) => {
    const postings = subset.slice(0, 20).map((p) => degrade(p.text, form));
    const one = [...postings, ...postings].join('\n\n');
    const eight = Array.from({ length: 8 }, () => one).join('\n\n');
    bestTime(one); // warm-up
    const ratio = bestTime(eight) / bestTime(one);
    expect(ratio).toBeLessThan(20);
  });
});
