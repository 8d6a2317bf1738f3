import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePosting, parsePostingStrict } from '../../../../shared/parser/index';
import { expectWellFormed } from './well-formed';

// Property tests run parsePostingStrict, which lets internal errors through: parsePosting
// itself has a last-resort catch, so testing only it could hide a crash.

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const headingWords = fc.constantFrom(
  'Requirements',
  'Qualifications',
  'Nice to have',
  'Bonus points',
  'Responsibilities',
  "What you'll do",
  'What youll do',
  'Who you are',
  'Benefits',
  'Perks',
  'About us',
  'Equal opportunity',
  'What we offer you',
  'Additional skills that you might also bring',
  '',
);
const prefixes = fc.constantFrom(
  '',
  '# ',
  '### ',
  '###### ',
  '* ',
  '  * ',
  '    - ',
  '- ',
  '• ',
  '1. ',
  '(a) ',
  '> ',
  '🚀 ',
  '**',
  '_',
  '\\- ',
);
const suffixes = fc.constantFrom('', ':', '**', '**:', '?', '.', '  ', '\r');
const words = fc.constantFrom(
  'Experience with Go',
  'must have',
  'is a plus',
  'portfolioOrganize',
  'tools.Proven',
  'etc.)Experience',
  'MLOps',
  '[link](https://x.y)',
  '**bold**',
  '_em_',
  'equal opportunity employer',
  'https://example.com/job',
  'Location: Remote',
  '***',
  '---',
  '',
);
const freeText = fc.string({ unit: 'grapheme', maxLength: 40 });
const line = fc
  .tuple(prefixes, fc.oneof(headingWords, words, freeText), fc.oneof(words, freeText), suffixes)
  .map(([prefix, a, b, suffix]) => `${prefix}${a} ${b}${suffix}`);
const posting = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r'))
  .map(([lines, separator]) => lines.join(separator));

describe('parsePosting never throws and always returns a well-formed result', () => {
  it('on ASCII strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(parsePostingStrict(text));
      }),
    );
  });

  it('on strings of any graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectWellFormed(parsePostingStrict(text));
      }),
    );
  });

  it('on strings of any code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(parsePostingStrict(text));
      }),
    );
  });

  it('on strings of any UTF-16 code units, lone surrogates and NUL included', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), (text) => {
        expectWellFormed(parsePostingStrict(text));
      }),
    );
  });

  it('on arbitrary postings mixing headings, bullets, bold lines and prose', () => {
    fc.assert(
      fc.property(posting, (text) => {
        expectWellFormed(parsePostingStrict(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is pure: the same text always gives the same result', () => {
    fc.assert(
      fc.property(posting, (text) => {
        expect(parsePosting(text)).toEqual(parsePosting(text));
      }),
      { numRuns: 50 },
    );
  });

  it('treats a non-string from an untyped caller as empty text', () => {
    const values: unknown[] = [undefined, null, 42, {}, ['x']];
    for (const value of values) {
      const result = parsePosting(value as string);
      expect(result.requirements).toEqual([]);
      expect(result.sections).toEqual([]);
    }
  });
});
