import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../../../shared/domain/model';
import {
  hasProgress,
  itemSimilarity,
  normalizeItemText,
  planReparse,
  summarizePlan,
} from '../../../../shared/import/reparse';
import {
  addItem,
  editItem,
  mergeItems,
  reviewFromText,
  splitItem,
} from '../../../../shared/import/review';

const POSTING = `# Backend Engineer

## Requirements
- 5+ years of experience with Go
- Strong PostgreSQL skills
- Experience designing REST APIs

## Nice to have
- Kafka
`;

let nextOrder = 0;
function requirement(id: string, text: string, patch: Partial<Requirement> = {}): Requirement {
  return {
    id,
    roleId: 'role',
    text,
    kind: 'required',
    origin: 'posting',
    order: nextOrder++,
    checked: 0,
    evidence: '',
    storyIds: [],
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  };
}

describe('itemSimilarity', () => {
  it('is 1 for the same wording and high for a small rewording', () => {
    expect(itemSimilarity('Strong PostgreSQL skills', 'strong postgresql skills.')).toBe(1);
    expect(
      itemSimilarity('5+ years of experience with Go', '6+ years of experience with Go'),
    ).toBeGreaterThan(0.8);
  });

  it('is low for a different requirement', () => {
    expect(itemSimilarity('Experience with React', 'Experience with Kubernetes')).toBeLessThan(0.8);
    expect(itemSimilarity('', '')).toBe(0);
  });
});

describe('normalizeItemText and hasProgress', () => {
  it('compares wording without case, punctuation or spacing', () => {
    expect(normalizeItemText('  Strong  PostgreSQL, skills! ')).toBe('strong postgresql skills');
  });

  it('sees ticks, evidence, confidence and stories as progress', () => {
    expect(hasProgress(requirement('a', 'x'))).toBe(false);
    expect(hasProgress(requirement('a', 'x', { evidence: '  ' }))).toBe(false);
    expect(hasProgress(requirement('a', 'x', { checked: 1 }))).toBe(true);
    expect(hasProgress(requirement('a', 'x', { evidence: 'Built X' }))).toBe(true);
    expect(hasProgress(requirement('a', 'x', { confidence: 2 }))).toBe(true);
    expect(hasProgress(requirement('a', 'x', { storyIds: ['s'] }))).toBe(true);
  });
});

describe('planReparse', () => {
  it('marks every item unchanged when the checklist matches the parse', () => {
    const current = [
      requirement('a', '5+ years of experience with Go'),
      requirement('b', 'Strong PostgreSQL skills'),
      requirement('c', 'Experience designing REST APIs'),
      requirement('d', 'Kafka', { kind: 'preferred' }),
    ];
    const plan = planReparse(current, POSTING);
    expect(plan.rows.map((r) => [r.status, r.requirementId, r.keepsProgress])).toEqual([
      ['unchanged', 'a', true],
      ['unchanged', 'b', true],
      ['unchanged', 'c', true],
      ['unchanged', 'd', true],
    ]);
    expect(plan.sections.map((s) => s.heading)).toEqual(['Requirements', 'Nice to have']);
  });

  it('matches reworded items, adds new ones and lists removed ones, in the parse’s order', () => {
    const current = [
      requirement('old', 'Experience with Java', { checked: 1 }),
      requirement('gone', 'Knowledge of SOAP'),
      requirement('a', '5+ years experience with Go.', { checked: 1, evidence: 'Led Go team' }),
      requirement('custom', 'My own item', { origin: 'custom' }),
      requirement('d', 'Kafka', { kind: 'preferred' }),
    ];
    const plan = planReparse(current, POSTING);
    expect(plan.rows).toEqual([
      {
        status: 'reworded',
        requirementId: 'a',
        oldText: '5+ years experience with Go.',
        newText: '5+ years of experience with Go',
        kind: 'required',
        keepsProgress: true,
      },
      {
        status: 'new',
        newText: 'Strong PostgreSQL skills',
        kind: 'required',
        keepsProgress: false,
        why: 'under “Requirements”',
      },
      {
        status: 'new',
        newText: 'Experience designing REST APIs',
        kind: 'required',
        keepsProgress: false,
        why: 'under “Requirements”',
      },
      {
        status: 'unchanged',
        requirementId: 'd',
        oldText: 'Kafka',
        newText: 'Kafka',
        kind: 'preferred',
        keepsProgress: true,
      },
      {
        status: 'removed',
        requirementId: 'old',
        oldText: 'Experience with Java',
        kind: 'required',
        keepsProgress: true,
      },
      {
        status: 'removed',
        requirementId: 'gone',
        oldText: 'Knowledge of SOAP',
        kind: 'required',
        keepsProgress: false,
      },
      {
        status: 'custom',
        requirementId: 'custom',
        oldText: 'My own item',
        newText: 'My own item',
        kind: 'required',
        keepsProgress: true,
      },
    ]);
    expect(summarizePlan(plan)).toEqual({
      unchanged: 1,
      reworded: 1,
      new: 2,
      removed: 2,
      custom: 1,
    });
  });

  it('keeps the user’s edited text and records the posting’s new wording', () => {
    const current = [
      requirement('a', 'Go: 6 years at Acme', { originalText: '5+ years experience with Go' }),
      requirement('b', 'SQL (Postgres)', { originalText: 'Strong PostgreSQL skills' }),
    ];
    const rows = planReparse(current, POSTING).rows;
    expect(rows[0]).toMatchObject({
      status: 'reworded',
      requirementId: 'a',
      newText: 'Go: 6 years at Acme',
      postingText: '5+ years of experience with Go',
    });
    expect(rows[1]).toMatchObject({
      status: 'unchanged',
      requirementId: 'b',
      newText: 'SQL (Postgres)',
      postingText: 'Strong PostgreSQL skills',
    });
  });

  it('reports a kind the parse changed', () => {
    const current = [requirement('d', 'Kafka', { kind: 'required' })];
    const row = planReparse(current, POSTING).rows.find((r) => r.requirementId === 'd');
    expect(row).toMatchObject({ status: 'unchanged', kind: 'preferred', oldKind: 'required' });
  });

  it('pairs repeated items one to one, the one with progress first', () => {
    const text = '## Requirements\n- Kafka\n- Kafka\n';
    const current = [requirement('x', 'Kafka'), requirement('y', 'Kafka', { checked: 1 })];
    const rows = planReparse(current, text).rows;
    expect(rows.map((r) => [r.status, r.requirementId, r.keepsProgress])).toEqual([
      ['unchanged', 'y', true],
      ['removed', 'x', false],
    ]);
  });

  it('removes every posting item of an empty posting but keeps custom items', () => {
    const current = [
      requirement('a', 'Go', { checked: 1 }),
      requirement('c', 'Mine', { origin: 'custom' }),
    ];
    const rows = planReparse(current, '').rows;
    expect(rows.map((r) => [r.status, r.keepsProgress])).toEqual([
      ['removed', true],
      ['custom', true],
    ]);
  });

  it('refreshes the posting wording of an item whose wording was restored', () => {
    // Edited once, then "Restore original wording": text and originalText agree.
    const current = [
      requirement('a', '5+ years experience with Go', {
        originalText: '5+ years experience with Go',
      }),
      requirement('b', 'Strong PostgreSQL skills'),
    ];
    const rows = planReparse(current, POSTING).rows;
    expect(rows[0]).toMatchObject({
      status: 'reworded',
      newText: '5+ years of experience with Go',
      postingText: '5+ years of experience with Go',
    });
    // An item never edited has no posting wording to record.
    expect(rows[1]?.postingText).toBeUndefined();
  });

  it('counts items linked elsewhere (an evidence draft, a stage probe) as progress', () => {
    const item = requirement('s', 'Knowledge of SOAP');
    expect(hasProgress(item)).toBe(false);
    expect(hasProgress(item, new Set(['s']))).toBe(true);
    expect(hasProgress(item, new Set(['other']))).toBe(false);
    const rows = planReparse([item], POSTING, new Set(['s'])).rows;
    expect(rows.find((r) => r.requirementId === 's')).toMatchObject({
      status: 'removed',
      keepsProgress: true,
    });
  });

  it('plans no change right after an import with items added, edited, merged and split', () => {
    let draft = reviewFromText(POSTING);
    const key = (text: string) => draft.items.find((i) => i.text === text)?.key ?? '';
    draft = editItem(draft, key('Kafka'), 'Kafka Streams');
    draft = mergeItems(
      draft,
      key('Strong PostgreSQL skills'),
      key('Experience designing REST APIs'),
    );
    draft = splitItem(draft, key('5+ years of experience with Go'), 9);
    draft = addItem(draft, 'Speaks Dutch', 'preferred');
    // As createRoleFromReview saves them.
    const saved = draft.items.map((item) =>
      requirement(item.key, item.text, {
        kind: item.kind,
        origin: item.origin,
        ...(item.originalText === undefined ? {} : { originalText: item.originalText }),
      }),
    );
    const plan = planReparse(saved, POSTING);
    expect(summarizePlan(plan)).toEqual({
      unchanged: 3,
      reworded: 0,
      new: 0,
      removed: 0,
      custom: 2,
    });
    expect(plan.rows.map((r) => [r.status, r.newText])).toEqual([
      ['unchanged', '5+ years'],
      ['unchanged', 'Strong PostgreSQL skills; Experience designing REST APIs'],
      ['unchanged', 'Kafka Streams'],
      ['custom', 'of experience with Go'],
      ['custom', 'Speaks Dutch'],
    ]);
  });

  it('matches a merged item to its parts only when they are found again in full', () => {
    const merged = requirement('m', 'Strong PostgreSQL skills; REST', {
      originalText: 'Strong PostgreSQL skills; Experience designing REST APIs; Kafka',
    });
    // The posting no longer has Kafka: the merge's parts are not all there.
    const text = '## Requirements\n- Strong PostgreSQL skills\n- Experience designing REST APIs\n';
    const rows = planReparse([merged], text).rows;
    expect(rows.map((r) => r.status)).toEqual(['new', 'new', 'removed']);
    // A glued item from an older parse (no originalText) is split by a better parse.
    const glued = requirement('g', 'Strong PostgreSQL skills Experience designing REST APIs');
    expect(planReparse([glued], text).rows.map((r) => r.status)).toEqual(['new', 'new', 'removed']);
  });
});
