import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import {
  degrade,
  FORMS,
  losePunctuation,
  toGlued,
  toPlain,
} from '../../../../scripts/parse-eval/degrade';
import { countMatches } from '../../../../scripts/parse-eval/score';

// The parser on each way copy-paste degrades a posting (seeds 000, 002, 004), made from
// markdown originals by the evaluation's degraders.

const POSTING = `# [Backend Engineer](https://example.com/apply/backend-engineer)  
### Acme  
#### \`🌎 Remote\`  

We build **tools** for [teams](https://example.com).

### What you'll do

  * Build and run our APIs
  * Review code from your peers

### Requirements

  * 5+ years of experience with Go
  * You'll work with C/C++ and Python
  * Strong written communication skills in English

### Nice to have

  * Experience with Kubernetes operators
  * Open source contributions

### Benefits

  * Paid parental leave
  * Learning budget of 1,000 USD

  
## CLICK TO [APPLY](https://example.com/apply/backend-engineer)
`;

const REQUIRED = [
  '5+ years of experience with Go',
  "You'll work with C/C++ and Python",
  'Strong written communication skills in English',
];
const PREFERRED = ['Experience with Kubernetes operators', 'Open source contributions'];
const EXPECTED = [
  ...REQUIRED.map((text) => ({ text, kind: 'required' })),
  ...PREFERRED.map((text) => ({ text, kind: 'preferred' })),
];

function seed(name: string): string {
  return readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');
}

describe('degraders', () => {
  it('plain: body only, headings and items as plain lines, lists between blank lines', () => {
    expect(toPlain(POSTING)).toBe(
      [
        'We build tools for teams.',
        "What you'll do",
        '',
        'Build and run our APIs',
        'Review code from your peers',
        '',
        'Requirements',
        '',
        ...REQUIRED,
        '',
        'Nice to have',
        '',
        ...PREFERRED,
        '',
        'Benefits',
        '',
        'Paid parental leave',
        'Learning budget of 1,000 USD',
      ].join('\n'),
    );
  });

  it('glued: each list is one line of items with no separator, blocks between blank lines', () => {
    const glued = toGlued(POSTING);
    expect(glued).toContain(
      "Requirements\n\n5+ years of experience with GoYou'll work with C/C++ and PythonStrong written communication skills in English \n\nNice to have",
    );
    expect(glued).toContain('Build and run our APIsReview code from your peers ');
    expect(glued.startsWith('We build tools for teams.\n\n')).toBe(true);
  });

  it('lost punctuation: apostrophes, quotes, slashes, ampersands and hashes dropped', () => {
    expect(
      losePunctuation("You'll use C/C++ and/or Go at Canonical & Ubuntu’s ‘sprints’ #LI"),
    ).toBe('Youll use CC++ andor Go at Canonical  Ubuntus sprints LI');
    expect(degrade(POSTING, 'lost-punctuation')).toContain('Youll work with CC++ and Python');
  });

  it('markdown form is the original', () => {
    expect(degrade(POSTING, 'markdown')).toBe(POSTING);
  });
});

describe('the parser on each degradation', () => {
  it('markdown: the listed requirements with their kinds', () => {
    expect(parsePosting(POSTING).requirements).toMatchObject(EXPECTED);
  });

  it('plain lines: the same requirements with their kinds', () => {
    expect(parsePosting(toPlain(POSTING)).requirements).toMatchObject(EXPECTED);
  });

  it('glued items: the same requirements, split apart again', () => {
    expect(parsePosting(toGlued(POSTING)).requirements).toMatchObject(EXPECTED);
  });

  it('lost punctuation: the same requirements without the lost characters', () => {
    expect(parsePosting(degrade(POSTING, 'lost-punctuation')).requirements).toMatchObject(
      EXPECTED.map(({ text, kind }) => ({ text: losePunctuation(text), kind })),
    );
  });

  it('never takes responsibilities or benefits for requirements in any form', () => {
    for (const form of FORMS) {
      const texts = parsePosting(degrade(POSTING, form)).requirements.map((r) => r.text);
      expect(texts.join('\n')).not.toMatch(/APIs|peers|parental|budget/);
    }
  });

  it.each(FORMS)('seed 001 degraded to %s gives the requirements of its markdown', (form) => {
    const markdown = seed('001_dfa62d79bcfee1ee.txt');
    const original = parsePosting(markdown).requirements;
    // Six listed items and the two requirement sentences of its introduction.
    expect(original).toHaveLength(8);
    const degraded = parsePosting(degrade(markdown, form)).requirements;
    const counts = countMatches(degraded, original);
    expect(counts.matched).toBe(original.length);
    expect(counts.kindMatched).toBe(original.length);
    expect(degraded).toHaveLength(original.length);
  });

  it('seed 004 glued as pasted: the nine additional skills are preferred and split', () => {
    const parsed = parsePosting(seed('004_61980487fae0b1e4.txt')).requirements;
    const preferred = parsed.filter((r) => r.kind === 'preferred').map((r) => r.text);
    expect(preferred).toContain('Experience with public clouds (AWS, Azure, Google Cloud)');
    expect(preferred).toContain('Working knowledge of cloud computing');
    expect(parsed.filter((r) => r.kind === 'required' && r.source === 'list')).toHaveLength(6);
  });

  it('seed 000 with lost punctuation: "C andor Go" is an item as written', () => {
    const parsed = parsePosting(seed('000_0c6a167acd6ab0e4.txt')).requirements;
    expect(parsed.map((r) => r.text)).toContain('You have experience programming in C andor Go.');
  });
});
