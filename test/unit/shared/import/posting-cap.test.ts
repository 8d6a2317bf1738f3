import { describe, expect, it } from 'vitest';
import { MAX_POSTING_ITEMS } from '../../../../shared/domain/checklist-rules';
import { planReparse } from '../../../../shared/import/reparse';
import { reviewFromText } from '../../../../shared/import/review';
import { validateDraft } from '../../../../shared/import/review-validate';

/** A "posting" that is really a long list, as a pasted log or careers page would be. */
function flood(count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `- Experience with tool number ${String(i)}`,
  );
  return ['# Engineer', '', '## Requirements', '', ...items].join('\n');
}

describe('one posting adds at most MAX_POSTING_ITEMS checklist items', () => {
  it('takes the first 300 and says how many were left out; the text stays whole', () => {
    const text = flood(1000);
    const draft = reviewFromText(text);
    expect(MAX_POSTING_ITEMS).toBe(300);
    expect(draft.items).toHaveLength(300);
    expect(draft.leftOut).toBe(700);
    expect(draft.items[299]?.text).toBe('Experience with tool number 299');
    expect(draft.text).toBe(text);
    expect(validateDraft(draft)).toEqual([]);
  });

  it('says nothing is left out of an ordinary posting', () => {
    const draft = reviewFromText(flood(12));
    expect(draft.items).toHaveLength(12);
    expect(draft.leftOut).toBeUndefined();
  });

  it('refuses to save a checklist grown past the cap, saying what to do', () => {
    const draft = reviewFromText(flood(400));
    const grown = {
      ...draft,
      items: [
        ...draft.items,
        ...draft.items.slice(0, 5).map((item) => ({ ...item, key: `${item.key}x` })),
      ],
    };
    expect(validateDraft(grown)).toEqual([
      'A role can take at most 300 checklist items from a posting; this checklist has 305. Remove some, or switch a long section to Other.',
    ]);
  });

  it('a re-parse plans at most 300 items from the posting too', () => {
    const plan = planReparse([], flood(1000));
    expect(plan.rows.filter((row) => row.status === 'new')).toHaveLength(300);
  });
});
