import { describe, expect, it } from 'vitest';
import {
  addItem,
  editItem,
  joinItemTexts,
  mergeItems,
  removeItem,
  reviewFromText,
  setItemKind,
  splitItem,
  suggestedSplit,
  type ReviewDraft,
  type ReviewItem,
} from '../../../../shared/import/review';
import { validateDraft } from '../../../../shared/import/review-validate';
import { ROLE_FIELD_LIMITS } from '../../../../shared/domain/role-limits';
import { MAX_SHORT_TEXT } from '../../../../renderer/src/db/backup/backup-format';

const POSTING = `# Data Engineer
### Riverbank Analytics

We move data for hospitals.

## Requirements
- 3+ years with Python
- Strong SQL
- Experience with Airflow

## Nice to have
- dbt
- Experience with Kafka
`;

function draftWith(items: ReviewItem[]): ReviewDraft {
  return {
    title: 'T',
    company: 'C',
    team: '',
    location: '',
    sourceUrl: '',
    text: 'posting',
    sections: [],
    items,
  };
}

const item = (
  key: string,
  text: string,
  kind: ReviewItem['kind'] = 'required',
  more: Partial<ReviewItem> = {},
): ReviewItem => ({ key, text, kind, origin: 'posting', ...more });

const texts = (draft: ReviewDraft) => draft.items.map((i) => i.text);

describe('reviewFromText', () => {
  it('fills the draft from the parse and keeps the text verbatim', () => {
    const draft = reviewFromText(POSTING);
    expect(draft.text).toBe(POSTING);
    expect(draft.title).toBe('Data Engineer');
    expect(draft.company).toBe('Riverbank Analytics');
    expect(draft.team).toBe('');
    expect(draft.sections.map((s) => s.heading)).toContain('Requirements');
    expect(draft.items.map((i) => [i.text, i.kind])).toEqual([
      ['3+ years with Python', 'required'],
      ['Strong SQL', 'required'],
      ['Experience with Airflow', 'required'],
      ['dbt', 'preferred'],
      ['Experience with Kafka', 'preferred'],
    ]);
    expect(new Set(draft.items.map((i) => i.key)).size).toBe(5);
  });

  it('gives an empty draft for empty text', () => {
    const draft = reviewFromText('');
    expect(draft.items).toEqual([]);
    expect(draft.title).toBe('');
  });
});

describe('review operations', () => {
  const base = draftWith([
    item('item-0', 'Python'),
    item('item-1', 'SQL'),
    item('item-2', 'Go', 'preferred'),
  ]);

  it('changes a kind and edits text without touching the original draft', () => {
    const kinded = setItemKind(base, 'item-2', 'required');
    expect(kinded.items[2]?.kind).toBe('required');
    expect(base.items[2]?.kind).toBe('preferred');
    const edited = editItem(base, 'item-1', 'SQL and ');
    expect(edited.items[1]?.text).toBe('SQL and ');
    expect(base.items[1]?.text).toBe('SQL');
  });

  it('returns the same draft for unknown keys', () => {
    expect(setItemKind(base, 'nope', 'required')).toBe(base);
    expect(editItem(base, 'nope', 'x')).toBe(base);
    expect(removeItem(base, 'nope')).toBe(base);
    expect(mergeItems(base, 'item-0', 'nope')).toBe(base);
    expect(mergeItems(base, 'item-0', 'item-0')).toBe(base);
    expect(splitItem(base, 'nope', 1)).toBe(base);
  });

  it('removes an item', () => {
    expect(texts(removeItem(base, 'item-1'))).toEqual(['Python', 'Go']);
  });

  it('adds an item at the end with a fresh key, trimmed', () => {
    const added = addItem(base, '  Docker ', 'preferred');
    expect(added.items[3]).toEqual({
      key: 'item-3',
      text: 'Docker',
      kind: 'preferred',
      origin: 'custom',
    });
    const again = addItem(removeItem(added, 'item-0'), 'K8s', 'required');
    expect(new Set(again.items.map((i) => i.key)).size).toBe(again.items.length);
  });

  it('merges the second item into the first, keeping the first’s kind and place', () => {
    const merged = mergeItems(base, 'item-2', 'item-0');
    expect(merged.items).toEqual([
      item('item-1', 'SQL'),
      item('item-2', 'Go; Python', 'preferred', { originalText: 'Go; Python' }),
    ]);
  });

  it('joins merged texts with a space after punctuation or before a continuation', () => {
    expect(joinItemTexts('Python.', 'SQL')).toBe('Python. SQL');
    expect(joinItemTexts('Experience building web', 'applications with React')).toBe(
      'Experience building web applications with React',
    );
    expect(joinItemTexts('Python', 'SQL')).toBe('Python; SQL');
    expect(joinItemTexts('', 'SQL')).toBe('SQL');
  });

  it('splits an item at an index into two trimmed items of the same kind', () => {
    const glued = draftWith([
      item('item-0', 'Python and SQL. Airflow too', 'preferred'),
      item('item-1', 'Go'),
    ]);
    const split = splitItem(glued, 'item-0', 15);
    expect(split.items).toEqual([
      item('item-0', 'Python and SQL.', 'preferred', {
        originalText: 'Python and SQL. Airflow too',
      }),
      item('item-2', 'Airflow too', 'preferred', { origin: 'custom' }),
      item('item-1', 'Go'),
    ]);
  });

  it('marks parsed items as posting items and keeps their parser wording through edits', () => {
    const parsed = reviewFromText(POSTING);
    expect(parsed.items.every((i) => i.origin === 'posting' && i.originalText === undefined)).toBe(
      true,
    );
    const once = editItem(base, 'item-1', 'SQL (Postgres');
    const twice = editItem(once, 'item-1', 'SQL (Postgres)');
    expect(twice.items[1]).toEqual(
      item('item-1', 'SQL (Postgres)', 'required', { originalText: 'SQL' }),
    );
    const kinded = setItemKind(twice, 'item-1', 'preferred');
    expect(kinded.items[1]?.originalText).toBe('SQL');
    // A custom item has no parser wording to keep.
    const added = addItem(base, 'Docker', 'required');
    const edited = editItem(added, 'item-3', 'Docker and Podman');
    expect(edited.items[3]).toEqual(
      item('item-3', 'Docker and Podman', 'required', { origin: 'custom' }),
    );
  });

  it('merges the parser wordings of the posting parts into the merged item’s original', () => {
    const edited = editItem(base, 'item-0', 'Python 3');
    const merged = mergeItems(edited, 'item-0', 'item-1');
    expect(merged.items[0]).toEqual(
      item('item-0', 'Python 3; SQL', 'required', { originalText: 'Python; SQL' }),
    );
    // A custom part adds nothing to the original; two custom parts stay custom.
    const withCustom = addItem(base, 'Docker', 'required');
    expect(mergeItems(withCustom, 'item-3', 'item-2').items.at(-1)).toEqual(
      item('item-3', 'Docker; Go', 'required', { originalText: 'Go' }),
    );
    const twoCustom = addItem(addItem(base, 'Docker', 'required'), 'Podman', 'required');
    expect(mergeItems(twoCustom, 'item-3', 'item-4').items.at(-1)).toEqual(
      item('item-3', 'Docker; Podman', 'required', { origin: 'custom' }),
    );
  });

  it('splits an edited posting item keeping the parser wording on the first half', () => {
    const edited = editItem(base, 'item-0', 'Python. Pandas');
    const split = splitItem(edited, 'item-0', 8);
    expect(split.items.slice(0, 2)).toEqual([
      item('item-0', 'Python.', 'required', { originalText: 'Python' }),
      item('item-3', 'Pandas', 'required', { origin: 'custom' }),
    ]);
  });

  it('refuses a split that would leave an empty half', () => {
    const one = draftWith([item('item-0', 'Python   ')]);
    expect(splitItem(one, 'item-0', 0)).toBe(one);
    expect(splitItem(one, 'item-0', 6)).toBe(one);
    expect(splitItem(one, 'item-0', 99)).toBe(one);
    expect(splitItem(one, 'item-0', 2.5)).toBe(one);
  });
});

describe('suggestedSplit', () => {
  it('finds a glued item boundary', () => {
    const text = 'Experience managing a product portfolioOrganize and lead cross-functional teams';
    const at = suggestedSplit(text);
    expect(at).toBe(text.indexOf('Organize'));
  });

  it('finds the sentence end nearest the middle', () => {
    const text = 'Know Python well. Write clear SQL daily. Use Airflow.';
    expect(suggestedSplit(text)).toBe(text.indexOf('Write'));
  });

  it('keeps product names and single statements whole', () => {
    expect(suggestedSplit('Experience with JavaScript and GitHub Actions')).toBeNull();
    expect(suggestedSplit('Strong SQL.')).toBeNull();
  });

  it('gives a point splitItem accepts', () => {
    const text = 'Strong Python skills.Proven track record of shipping data pipelines';
    const at = suggestedSplit(text);
    expect(at).not.toBeNull();
    const split = splitItem(draftWith([item('item-0', text)]), 'item-0', at ?? 0);
    expect(texts(split)).toEqual([
      'Strong Python skills.',
      'Proven track record of shipping data pipelines',
    ]);
  });
});

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(reviewFromText(POSTING))).toEqual([]);
  });

  it('reports empty text, empty and over-long items, and a bad source URL', () => {
    const draft: ReviewDraft = {
      ...draftWith([item('a', 'ok'), item('b', '  '), item('c', ''), item('d', 'x'.repeat(1001))]),
      text: ' \n ',
      sourceUrl: 'javascript:alert(1)',
    };
    expect(validateDraft(draft)).toEqual([
      'The posting text is empty. Paste or open a posting first.',
      'Checklist items 2, 3 have no text: type them or remove them.',
      'Checklist item 4 is longer than 1000 characters: split or shorten it.',
      'The source URL must be a web address starting with http:// or https://.',
    ]);
    expect(
      validateDraft({ ...draftWith([item('a', '')]), sourceUrl: 'https://x.example/j' }),
    ).toEqual(['Checklist item 1 has no text: type it or remove it.']);
  });

  it('reports role details longer than the limits, which fit a backup', () => {
    const longTitle = 'T'.repeat(ROLE_FIELD_LIMITS.title + 1);
    const draft: ReviewDraft = {
      ...draftWith([item('a', 'ok')]),
      title: longTitle,
      company: 'C'.repeat(ROLE_FIELD_LIMITS.company),
      location: 'L'.repeat(ROLE_FIELD_LIMITS.location + 1),
      sourceUrl: `https://x.example/${'q'.repeat(ROLE_FIELD_LIMITS.sourceUrl)}`,
    };
    expect(validateDraft(draft)).toEqual([
      'The title is longer than 300 characters: shorten it.',
      'The location is longer than 300 characters: shorten it.',
      'The source URL is longer than 2,000 characters: shorten it.',
    ]);
    // Surrounding blank space does not count: it is trimmed on save.
    expect(
      validateDraft({ ...draftWith([item('a', 'ok')]), team: ` ${'x'.repeat(300)} ` }),
    ).toEqual([]);
    for (const max of Object.values(ROLE_FIELD_LIMITS)) {
      expect(max).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    }
  });
});
