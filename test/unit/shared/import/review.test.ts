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
  validateDraft,
  type ReviewDraft,
  type ReviewItem,
} from '../../../../shared/import/review';

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

const item = (key: string, text: string, kind: ReviewItem['kind'] = 'required'): ReviewItem => ({
  key,
  text,
  kind,
});

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
    expect(added.items[3]).toEqual({ key: 'item-3', text: 'Docker', kind: 'preferred' });
    const again = addItem(removeItem(added, 'item-0'), 'K8s', 'required');
    expect(new Set(again.items.map((i) => i.key)).size).toBe(again.items.length);
  });

  it('merges the second item into the first, keeping the first’s kind and place', () => {
    const merged = mergeItems(base, 'item-2', 'item-0');
    expect(merged.items).toEqual([
      item('item-1', 'SQL'),
      item('item-2', 'Go; Python', 'preferred'),
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
      item('item-0', 'Python and SQL.', 'preferred'),
      item('item-2', 'Airflow too', 'preferred'),
      item('item-1', 'Go'),
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
});
