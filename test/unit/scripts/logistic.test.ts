import { describe, expect, it } from 'vitest';
import { commonFeatures, fit, predict } from '../../../scripts/prose-judge/logistic';

const ROWS = [
  { features: ['good', 'a'], label: 1 as const, posting: 0 },
  { features: ['good', 'b'], label: 1 as const, posting: 1 },
  { features: ['bad', 'a'], label: 0 as const, posting: 2 },
  { features: ['bad', 'b'], label: 0 as const, posting: 3 },
  { features: ['rare'], label: 0 as const, posting: 3 },
];

describe('the prose judge’s logistic regression', () => {
  it('learns a separable rule, the same way every time', () => {
    const vocabulary = new Set(['good', 'bad', 'a', 'b']);
    const options = { l2: 0.1, rounds: 200, rate: 0.5 };
    const model = fit(ROWS, vocabulary, options);
    expect(predict(model, ['good', 'a'])).toBeGreaterThan(0.8);
    expect(predict(model, ['bad', 'b'])).toBeLessThan(0.2);
    expect(fit(ROWS, vocabulary, options)).toEqual(model);
  });

  it('keeps only features seen in enough postings', () => {
    expect([...commonFeatures(ROWS, 2)].sort()).toEqual(['a', 'b', 'bad', 'good']);
    expect(commonFeatures(ROWS, 1).has('rare')).toBe(true);
  });
});
