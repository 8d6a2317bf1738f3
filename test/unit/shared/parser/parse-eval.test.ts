import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../../../scripts/parse-eval/degrade';
import {
  evaluate,
  formatResults,
  missedTargets,
  TARGETS,
} from '../../../../scripts/parse-eval/evaluate';
import type { EvalPosting } from '../../../../scripts/parse-eval/evaluate';
import { labelPosting } from '../../../../scripts/parse-eval/labels';
import { PROSE_DEV_SIZE, proseSentences } from '../../../../scripts/parse-eval/prose';
import type { ProsePosting } from '../../../../scripts/parse-eval/prose';
import {
  evaluateProse,
  missedProseTargets,
  PROSE_TARGETS,
} from '../../../../scripts/parse-eval/prose-score';
import { sha256 } from '../../../../scripts/parse-eval/select';

// The committed subset: the first development postings of `npm run parse-eval`, with
// their markdown text and the items labelled from their headings and bullets. The whole
// evaluation (300 + 300 postings) needs the shared corpus; this guards regressions in CI.
const subset = (
  JSON.parse(
    readFileSync(new URL('../../../fixtures/parse-eval/subset.json', import.meta.url), 'utf8'),
  ) as { postings: EvalPosting[] }
).postings;

// Postings whose lists sit under unusual headings ("You're probably a match if").
const unusualSubset = (
  JSON.parse(
    readFileSync(
      new URL('../../../fixtures/parse-eval/subset-unusual.json', import.meta.url),
      'utf8',
    ),
  ) as { postings: EvalPosting[] }
).postings;

// The hand-labelled prose set: the development postings carry their text.
const proseSet = (
  JSON.parse(
    readFileSync(new URL('../../../fixtures/parse-eval/prose.json', import.meta.url), 'utf8'),
  ) as { rule: string; postings: ProsePosting[] }
).postings;
const proseDev = proseSet.flatMap((p) =>
  p.set === 'dev' && p.text !== undefined ? [{ id: p.id, text: p.text, items: p.items }] : [],
);

describe('parser quality on the committed evaluation subset', () => {
  const results = evaluate(subset);

  it('has a subset worth measuring', () => {
    expect(subset.length).toBeGreaterThanOrEqual(50);
    expect(results.map((r) => r.form)).toEqual([...FORMS]);
    expect(results[0]?.counts.truth).toBeGreaterThan(400);
  });

  it.each(FORMS)('meets the F1 target for the %s form', (form) => {
    const result = results.find((r) => r.form === form);
    expect(result?.scores.f1).toBeGreaterThanOrEqual(TARGETS[form]);
    // Kinds are scored on matched items, so they can only be as good as the items.
    expect(result?.scores.kindF1).toBeGreaterThanOrEqual(TARGETS[form] - 0.02);
  });

  it('reports no missed target', () => {
    expect(missedTargets(results)).toEqual([]);
  });

  it('reports a missed target by form, as the script prints it before exiting 1', () => {
    const [first] = results;
    if (first === undefined) throw new Error('no results');
    const worse = { ...first, form: 'glued' as const, scores: { ...first.scores, f1: 0.85 } };
    expect(missedTargets([worse])).toEqual(['glued: F1 0.850 < 0.93']);
    expect(formatResults('dev', 1, [worse])).toContain('MISSED (0.93)');
  });

  it('labels come from the markdown, not the parser: the fixture agrees with the labeller', () => {
    for (const posting of subset) {
      const labels = labelPosting(posting.text);
      expect(labels.ok).toBe(true);
      if (labels.ok) expect(labels.items).toEqual(posting.items);
    }
  });
});

describe('lists under unusual headings, on their committed subset', () => {
  const results = evaluate(unusualSubset);

  it('has a subset worth measuring, labelled from the markdown', () => {
    expect(unusualSubset.length).toBe(20);
    expect(results[0]?.counts.truth).toBeGreaterThan(150);
    for (const posting of unusualSubset) {
      const labels = labelPosting(posting.text);
      if (labels.ok) expect(labels.items).toEqual(posting.items);
      else throw new Error(`${posting.id}: ${labels.reason}`);
    }
  });

  it('reports no missed target', () => {
    expect(missedTargets(results)).toEqual([]);
  });
});

describe('requirements written in prose, on the hand-labelled development prose set', () => {
  const results = evaluateProse(proseDev);

  it('has a set worth measuring', () => {
    expect(proseDev.length).toBe(PROSE_DEV_SIZE);
    expect(results[0]?.counts.truth).toBeGreaterThanOrEqual(90);
  });

  it.each(FORMS)('meets prose precision and recall in the %s form', (form) => {
    const result = results.find((r) => r.form === form);
    expect(result?.scores.precision).toBeGreaterThanOrEqual(PROSE_TARGETS.precision);
    expect(result?.scores.recall).toBeGreaterThanOrEqual(PROSE_TARGETS.recall);
  });

  it('reports no missed prose target', () => {
    expect(missedProseTargets(results)).toEqual([]);
  });

  it('reports a missed prose target by form, as the script prints it before exiting 1', () => {
    const [first] = results;
    if (first === undefined) throw new Error('no results');
    const worse = { ...first, scores: { ...first.scores, precision: 0.5, recall: 0.95 } };
    expect(missedProseTargets([worse])).toEqual([
      `prose ${first.form}: precision 0.500 < ${PROSE_TARGETS.precision.toFixed(2)}`,
    ]);
  });

  it('labels are sentences of the posting as the labeller read them, never parser output', () => {
    for (const posting of proseSet.filter((p) => p.text !== undefined)) {
      const text = posting.text ?? '';
      const sentences = proseSentences(text);
      expect(sha256(text)).toBe(posting.sha256);
      expect(sentences).toHaveLength(posting.sentences);
      for (const item of posting.items) expect(sentences).toContain(item.text);
    }
  });
});
