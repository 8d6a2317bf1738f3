import { describe, expect, it } from 'vitest';
import {
  applySecondOpinion,
  judgeFeatures,
  judgeScore,
  judgeTakes,
  PROSE_JUDGE_WEIGHTS,
  type JudgeInput,
  type JudgeWeights,
} from '../../../../shared/parser/prose-judge';
import { parsePostingStrict } from '../../../../shared/parser/index';
import type { ParsedRequirement, ParsedSection } from '../../../../shared/parser/types';

const INPUT: JudgeInput = {
  text: 'Experience with Kubernetes clusters is required.',
  kind: 'required',
  why: '“is required”',
  sectionKind: 'about',
  sure: true,
};

/** A hand-made model: "perks" pulls a score down, "kubernetes" up. */
const MODEL: JudgeWeights = {
  bias: 0,
  keep: 0.5,
  promote: 0.8,
  weights: { 'u:perk': -3, 'u:kubernete': 3 },
};

describe('judgeFeatures', () => {
  it('names the section, kind, cue, length, first words, words and word pairs', () => {
    const features = judgeFeatures(INPUT);
    expect(features).toEqual(
      expect.arrayContaining([
        'sec:about',
        'kind:required',
        'sure:true',
        'len:xs',
        'why:is_required',
        'w0:experience',
        'w01:experience_with',
        'u:kubernete',
        'u:cluster',
        'b:experience_with',
      ]),
    );
    // Each name once, the same every time.
    expect(new Set(features).size).toBe(features.length);
    expect(judgeFeatures(INPUT)).toEqual(features);
  });
});

describe('judgeScore and judgeTakes', () => {
  it('scores with the bias and the weights of the features present', () => {
    expect(judgeScore(INPUT, MODEL)).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(judgeScore({ ...INPUT, text: 'Perks galore.' }, MODEL)).toBeCloseTo(
      1 / (1 + Math.exp(3)),
      6,
    );
  });

  it('keeps a sure candidate above `keep` and takes an unsure one only above `promote`', () => {
    const neutral = { ...INPUT, text: 'Something else entirely.' };
    expect(judgeTakes(neutral, MODEL)).toBe(true); // 0.5 >= keep 0.5
    expect(judgeTakes({ ...neutral, sure: false }, MODEL)).toBe(false); // 0.5 < promote
    expect(judgeTakes({ ...INPUT, sure: false }, MODEL)).toBe(true); // 0.95 >= promote
  });

  it('uses a trained table whose thresholds make sense', () => {
    expect(Object.keys(PROSE_JUDGE_WEIGHTS.weights).length).toBeGreaterThan(100);
    expect(PROSE_JUDGE_WEIGHTS.keep).toBeGreaterThan(0);
    expect(PROSE_JUDGE_WEIGHTS.keep).toBeLessThan(PROSE_JUDGE_WEIGHTS.promote);
  });
});

describe('applySecondOpinion', () => {
  const sections: ParsedSection[] = [
    { heading: 'About', kind: 'about', paragraphs: [], items: [] },
  ];
  const item = (text: string, source: 'prose' | 'list'): ParsedRequirement => ({
    text,
    kind: 'required',
    source,
    why: 'cue',
    sectionIndex: 0,
  });

  it('offers a doubted prose item, takes a confident offered one, never moves list items', () => {
    const perSection = [[item('Great perks for you.', 'prose'), item('Perks are listed.', 'list')]];
    const possible = [item('Kubernetes know-how.', 'prose'), item('Free perks.', 'prose')];
    applySecondOpinion(sections, perSection, possible, MODEL);
    expect(perSection[0]?.map((i) => i.text)).toEqual([
      'Perks are listed.',
      'Kubernetes know-how.',
    ]);
    expect(possible.map((i) => i.text)).toEqual(['Free perks.', 'Great perks for you.']);
  });

  it('moves nothing when the parser is asked to keep the cues’ own reading', () => {
    const text = [
      '## About you',
      '',
      'You must have strong Go skills. We offer great perks.',
      '',
      '## Requirements',
      '',
      '- Kubernetes',
    ].join('\n');
    const cues = parsePostingStrict(text, { judge: null });
    const judged = parsePostingStrict(text);
    const all = (p: typeof cues) =>
      [...p.requirements, ...p.possibleRequirements].map((r) => r.text).sort();
    // The judge only moves items between the two lists: it never adds or drops one.
    expect(all(judged)).toEqual(all(cues));
    expect(judged.requirements.map((r) => r.text)).toContain('Kubernetes');
  });
});
