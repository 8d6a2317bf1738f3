import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../../../shared/domain/model';
import {
  hasProgress,
  itemSimilarity,
  normalizeItemText,
  planReparse,
  summarizePlan,
} from '../../../../shared/import/reparse';

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
      },
      {
        status: 'new',
        newText: 'Experience designing REST APIs',
        kind: 'required',
        keepsProgress: false,
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
});
