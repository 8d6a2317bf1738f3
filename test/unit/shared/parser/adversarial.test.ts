import { describe, expect, it } from 'vitest';
import { parsePosting, parsePostingStrict } from '../../../../shared/parser/index';
import { expectWellFormed } from './well-formed';

// Inputs built to trip a careless parser: megabyte lines, huge lists, nothing but
// punctuation, and patterns that make backtracking regexes or quadratic loops explode.
// Each must finish within a generous timeout; no test asserts a wall-clock time (that
// would be flaky), but a quadratic step on a megabyte input would blow the timeout.

const TIMEOUT = 10_000;
const MB = 1_000_000;

describe('adversarial inputs finish and return a well-formed result', () => {
  it(
    'one 1 MB line of prose',
    () => {
      const text = 'You must have experience with Go and Rust, ideally both. '.repeat(MB / 57);
      const result = parsePostingStrict(text);
      expectWellFormed(result);
      // Identical sentences are one requirement, not 17,000.
      expect(result.requirements).toMatchObject([
        { text: 'You must have experience with Go and Rust, ideally both.', kind: 'required' },
      ]);
    },
    TIMEOUT,
  );

  it(
    '100,000 bullets',
    () => {
      const result = parsePostingStrict('## Requirements\n' + '* x\n'.repeat(100_000));
      expectWellFormed(result);
      expect(result.sections[0]?.items).toHaveLength(100_000);
      // Duplicates collapse into one requirement.
      expect(result.requirements).toMatchObject([{ text: 'x', kind: 'required' }]);
    },
    TIMEOUT,
  );

  it(
    '100,000 distinct bullets without a heading',
    () => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `* Experience with tool ${i}`);
      const result = parsePostingStrict(lines.join('\n'));
      expectWellFormed(result);
      expect(result.requirements).toHaveLength(100_000);
    },
    TIMEOUT,
  );

  it(
    '200 KB of punctuation, on one line and on many',
    () => {
      const chunk = '!?.,;:-*#';
      expectWellFormed(parsePostingStrict(chunk.repeat(200_000 / chunk.length)));
      expectWellFormed(parsePostingStrict(`${chunk}\n`.repeat(20_000)));
    },
    TIMEOUT,
  );

  it.each([
    ['open brackets', '['.repeat(MB)],
    ['unclosed links', '[a](b'.repeat(MB / 5)],
    ['link-like pairs', '](('.repeat(MB / 3)],
    ['stars', '*'.repeat(MB)],
    ['underscores', '_a'.repeat(MB / 2)],
    ['hashes', '#'.repeat(MB)],
    ['heading markers', '# '.repeat(MB / 2)],
    ['entities', '&#'.repeat(MB / 2)],
    ['tags', '<br'.repeat(MB / 3)],
    ['camel case', 'portfolioOrganize '.repeat(MB / 18)],
    ['one glued token', 'aB'.repeat(MB / 2)],
    ['initials', 'a. '.repeat(MB / 3)],
    ['lone surrogates', '\ud800'.repeat(MB)],
    ['NUL bytes', '\u0000'.repeat(MB)],
    ['emoji', '🚀'.repeat(MB / 2)],
    ['leading spaces', ' '.repeat(MB) + '* x'],
    ['leading tabs', '\t'.repeat(MB) + '* x'],
    ['blockquote markers', '> '.repeat(MB / 2) + 'x'],
    ['dashes', '- '.repeat(MB / 2)],
    ['setext underline', 'Title\n' + '='.repeat(MB)],
    ['a heading of colons', '# ' + ': '.repeat(MB / 2)],
    ['one digit run', '1'.repeat(MB)],
    ['an unclosed link then spaces', '[a](b' + ' '.repeat(MB) + 'x'],
    ['a megabyte URL', 'https://' + 'a'.repeat(MB) + ' x'],
    ['a million carriage returns', '\r'.repeat(MB)],
    ['50,000 headings', '### Requirements\n'.repeat(50_000)],
    ['heading-like lines', 'Requirements:\n\nExperience With Go\n\n'.repeat(20_000)],
  ])(
    '%s',
    (_name, text) => {
      expectWellFormed(parsePostingStrict(text));
    },
    TIMEOUT,
  );

  it('the empty string and whitespace', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n\r\n', '\t']) {
      expect(parsePosting(text)).toEqual({
        title: '',
        company: '',
        team: '',
        location: '',
        sourceUrl: '',
        sections: [],
        responsibilities: [],
        requirements: [],
        possibleRequirements: [],
      });
    }
  });
});
