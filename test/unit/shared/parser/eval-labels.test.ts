import { describe, expect, it } from 'vitest';
import { headingKind, isEnglish, labelPosting } from '../../../../scripts/parse-eval/labels';
import {
  containment,
  countProseMatches,
  fromProse,
  partsOf,
} from '../../../../scripts/parse-eval/prose-score';
import { countMatches, scoresOf, similarity, tokens } from '../../../../scripts/parse-eval/score';
import { fnv1a, Selector } from '../../../../scripts/parse-eval/select';

// The evaluation's labeller, matcher and selector: the truth must come from markdown
// structure alone, and the scores must count what the documentation says.

const HEADER = '# [Engineer](https://example.com/a)  \n### Acme  \n#### `Remote`  \n\n';

function posting(body: string): string {
  return `${HEADER}${body}\n\n  \n## CLICK TO [APPLY](https://example.com/a)\n`;
}

describe('labelPosting', () => {
  it('labels bullets under closed-list headings with the heading’s kind', () => {
    const labels = labelPosting(
      posting(
        "### What you'll do\n\n  * Build things\n  * Fix things\n\n### Requirements\n\n  * **Go** experience\n  * [Kubernetes](https://k8s.io) knowledge\n\n**Nice to have:**\n\n  * Rust\n  * Open source work",
      ),
    );
    expect(labels).toEqual({
      ok: true,
      items: [
        { text: 'Go experience', kind: 'required' },
        { text: 'Kubernetes knowledge', kind: 'required' },
        { text: 'Rust', kind: 'preferred' },
        { text: 'Open source work', kind: 'preferred' },
      ],
    });
  });

  it.each([
    [
      'an ambiguous heading',
      '### Requirements\n\n  * Go services\n  * SQL\n\n### Skills we love\n\n  * Rust code\n  * C code',
      'ambiguous heading',
    ],
    [
      'optional wording under a required heading',
      '### Requirements\n\n  * Go services\n  * Rust is a plus',
      'optional wording under a required heading',
    ],
    [
      'prose in the list',
      '### Requirements\n\nYou have:\n\n  * Go services\n  * SQL queries',
      'prose inside a labelled section',
    ],
    [
      'nested bullets',
      '### Requirements\n\n  * Go services\n    * Generics\n  * SQL queries',
      'nested bullets',
    ],
    ['a label item', '### Requirements\n\n  * Languages:\n  * Go services', 'label item'],
    [
      'items glued in the original',
      '### Requirements\n\n  * Go.Rust experience\n  * SQL queries',
      'glued in the original',
    ],
    [
      'no required section',
      '### Nice to have\n\n  * Go services\n  * SQL queries',
      'no required section',
    ],
  ])('leaves out a posting with %s', (_name, body, reason) => {
    expect(labelPosting(posting(body))).toEqual({ ok: false, reason });
  });

  it('leaves out postings not in English, whose headings its lists cannot know', () => {
    const french =
      '### Qualifications\n\n  * Au moins 3 ans d’expérience avec les jeux\n  * Une bonne maîtrise des outils pour les équipes\n\nNous avons des postes pour vous avec une équipe.';
    expect(isEnglish(french)).toBe(false);
    expect(labelPosting(posting(french))).toEqual({ ok: false, reason: 'not in English' });
    expect(isEnglish('You will work with the team on our product and the tools for it.')).toBe(
      true,
    );
  });

  it('knows only whole headings from its closed lists', () => {
    expect(headingKind('What You’ll Bring:')).toBe('required');
    expect(headingKind('Bonus Points')).toBe('preferred');
    expect(headingKind('Requirements for the office')).toBeUndefined();
  });
});

describe('matching parsed items to true items', () => {
  it('normalises case, lost punctuation and a leading plus', () => {
    expect(tokens("You'll use C/C++ & Go: +5 years")).toEqual([
      'youll',
      'use',
      'cc++',
      'go',
      '5',
      'years',
    ]);
    expect(similarity(tokens('You’ll work with C/C++'), tokens('Youll work with CC++'))).toBe(1);
  });

  it('matches at token similarity 0.9 or more, one to one', () => {
    const truth = [
      { text: 'Experience with Go and Rust in production systems', kind: 'required' as const },
      { text: 'Strong communication skills', kind: 'preferred' as const },
    ];
    const parsed = [
      { text: 'Experience with Go and Rust in production systems.', kind: 'required' as const },
      { text: 'Experience with Go and Rust in production systems', kind: 'required' as const },
      { text: 'Strong communication', kind: 'required' as const },
    ];
    expect(countMatches(parsed, truth)).toEqual({
      parsed: 3,
      truth: 2,
      matched: 1,
      kindMatched: 1,
    });
    const withKind = countMatches(
      [{ text: 'Strong communication skills', kind: 'required' }],
      truth,
    );
    expect(withKind).toEqual({ parsed: 1, truth: 2, matched: 1, kindMatched: 0 });
  });

  it('computes micro precision, recall and F1', () => {
    const scores = scoresOf({ parsed: 10, truth: 8, matched: 8, kindMatched: 6 });
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo(0.8889, 3);
    expect(scores.kindF1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 6);
  });
});

describe('the selector', () => {
  const good = (n: number): string =>
    posting(`### Requirements\n\n  * Skill number ${String(n)}\n  * Another skill`);

  it('is deterministic and splits by text hash, never putting one text in both sets', () => {
    const run = (): { dev: string[]; heldOut: string[] } => {
      const selector = new Selector();
      for (let n = 0; n < 40; n++) selector.visit({ id: `p${String(n)}`, text: good(n) });
      selector.visit({ id: 'copy', text: good(0) });
      const sets = selector.sets();
      return { dev: sets.dev.map((p) => p.id), heldOut: sets.heldOut.map((p) => p.id) };
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.dev.length + first.heldOut.length).toBe(40);
    expect(first.dev.filter((id) => first.heldOut.includes(id))).toEqual([]);
    expect([...first.dev, ...first.heldOut]).not.toContain('copy');
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('unusual headings and prose matching', () => {
  it('knows the hand-read unusual headings, each with its kind', () => {
    expect(headingKind('You’re probably a match if:')).toBe('required');
    expect(headingKind('What makes you a great fit')).toBe('required');
    expect(headingKind('Extra brownie points if you')).toBe('preferred');
    // Headings a reader could doubt stay unknown, so their postings stay out of the sets.
    expect(headingKind('An ideal candidate also has')).toBeUndefined();
    expect(headingKind('Experience')).toBeUndefined();
  });

  it('matches a prose item to its sentence, trimmed of framing but never a fragment', () => {
    const truth = [
      {
        text: 'As an engineering manager at Acme, you must be fluent in Go and know Kubernetes well.',
        kind: 'required' as const,
      },
    ];
    const trimmed = [
      { text: 'You must be fluent in Go and know Kubernetes well.', kind: 'required' as const },
    ];
    expect(countProseMatches(trimmed, truth)).toEqual({
      parsed: 1,
      truth: 1,
      matched: 1,
      kindMatched: 1,
    });
    const fragment = [{ text: 'You must be fluent in Go.', kind: 'required' as const }];
    expect(countProseMatches(fragment, truth).matched).toBe(0);
    expect(containment(tokens('fluent in Go'), tokens('You must be fluent in Go'))).toBe(1);
  });

  it('tells prose items from list items by where their words stand', () => {
    const parts = partsOf(
      '### Requirements\n\n  * Experience with Go\n  * SQL\n\nYou must be fluent in Go. We are a team.\n',
    );
    expect(fromProse(tokens('You must be fluent in Go.'), parts)).toBe(true);
    expect(fromProse(tokens('Experience with Go'), parts)).toBe(false);
    expect(fromProse(tokens('Paid holidays'), parts)).toBe(false);
  });
});
