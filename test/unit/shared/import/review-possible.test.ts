import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePosting, type ParsedSection } from '../../../../shared/parser';
import {
  editItem,
  removeItem,
  reviewFromText,
  type ReviewDraft,
} from '../../../../shared/import/review';
import { reviewCoverage, postingSentences } from '../../../../shared/import/review-coverage';
import {
  addPossible,
  dismissedPossibilities,
  dismissPossible,
  openPossibilities,
} from '../../../../shared/import/review-possible';
import { switchSection } from '../../../../shared/import/review-sections';

const GO =
  'Significant past experience with hands-on software development, particularly in Go, is desirable.';
const TRACK = 'We are looking for someone with a proven track record in management.';

const sections: ParsedSection[] = [
  {
    heading: '',
    kind: 'summary',
    paragraphs: [`Canonical builds Ubuntu. ${TRACK} ${GO}`],
    items: [],
  },
  {
    heading: 'Requirements',
    kind: 'requirements',
    paragraphs: [],
    items: ['Degree in CS', 'Linux'],
  },
  { heading: 'Our stack', kind: 'other', paragraphs: [], items: ['Terraform', 'Ceph'] },
];

function draft(): ReviewDraft {
  return {
    title: 'EM',
    company: 'Canonical',
    team: '',
    location: '',
    sourceUrl: '',
    text: 'posting',
    sections,
    items: [
      {
        key: 'item-0',
        text: TRACK,
        kind: 'required',
        origin: 'posting',
        sectionIndex: 0,
        why: 'looking for someone with',
      },
      { key: 'item-1', text: 'Degree in CS', kind: 'required', origin: 'posting', sectionIndex: 1 },
      { key: 'item-2', text: 'Linux', kind: 'required', origin: 'posting', sectionIndex: 1 },
    ],
    possible: [
      {
        key: 'possible-0',
        text: GO,
        kind: 'preferred',
        why: 'is desirable',
        sectionIndex: 0,
        dismissed: false,
      },
      {
        key: 'possible-1',
        text: 'Canonical builds Ubuntu.',
        kind: 'required',
        sectionIndex: 0,
        dismissed: false,
      },
    ],
    removed: [],
    parked: [],
  };
}

describe('possible requirements', () => {
  it('adds one with one click, in its section’s place, as a custom item of the kind chosen', () => {
    const next = addPossible(draft(), 'possible-0', 'preferred');
    expect(next.items.map((item) => item.text)).toEqual([TRACK, GO, 'Degree in CS', 'Linux']);
    expect(next.items[1]).toMatchObject({
      kind: 'preferred',
      origin: 'custom',
      why: 'is desirable',
      sectionIndex: 0,
      key: 'item-3',
    });
    expect(openPossibilities(next).map((item) => item.key)).toEqual(['possible-1']);
    expect(addPossible(next, 'possible-0', 'required')).toBe(next);
  });

  it('dismisses one and brings it back', () => {
    const dismissed = dismissPossible(draft(), 'possible-1');
    expect(openPossibilities(dismissed).map((item) => item.key)).toEqual(['possible-0']);
    expect(dismissedPossibilities(dismissed).map((item) => item.key)).toEqual(['possible-1']);
    expect(dismissPossible(dismissed, 'possible-1')).toBe(dismissed);
    expect(openPossibilities(dismissPossible(dismissed, 'possible-1', false))).toHaveLength(2);
  });
});

describe('reviewCoverage', () => {
  it('counts list items and paragraph sentences', () => {
    expect(postingSentences(sections)).toEqual([
      'Canonical builds Ubuntu.',
      TRACK,
      GO,
      'Degree in CS',
      'Linux',
      'Terraform',
      'Ceph',
    ]);
    expect(reviewCoverage(draft())).toEqual({ total: 7, inChecklist: 3, dismissed: 0, unseen: 4 });
  });

  it('follows adds, dismissals, removals and section switches', () => {
    let d = addPossible(draft(), 'possible-0', 'preferred');
    d = dismissPossible(d, 'possible-1');
    d = removeItem(d, 'item-2');
    expect(reviewCoverage(d)).toEqual({ total: 7, inChecklist: 3, dismissed: 2, unseen: 2 });
    d = switchSection(d, 2, 'requirements');
    expect(reviewCoverage(d)).toEqual({ total: 7, inChecklist: 5, dismissed: 2, unseen: 0 });
    d = switchSection(d, 2, 'other');
    expect(reviewCoverage(d)).toEqual({ total: 7, inChecklist: 3, dismissed: 4, unseen: 0 });
  });

  it('matches an edited item by its posting wording, and an item trimmed of framing', () => {
    let d = editItem(draft(), 'item-1', 'BSc in Computer Science');
    d = {
      ...d,
      items: d.items.map((item) =>
        item.key === 'item-0' ? { ...item, text: 'A proven track record in management' } : item,
      ),
    };
    expect(reviewCoverage(d).inChecklist).toBe(3);
  });

  it('does not count a sentence as listed because a short item appears in it', () => {
    const d = {
      ...draft(),
      items: [{ key: 'item-0', text: 'Ubuntu', kind: 'required', origin: 'custom' } as const],
    };
    expect(reviewCoverage(d).inChecklist).toBe(0);
  });
});

describe('reviewFromText', () => {
  it('carries each item’s section and why, and the sentences the parser was unsure of', () => {
    const text = readFileSync(
      new URL('../../../fixtures/postings/review-sections.md', import.meta.url),
      'utf8',
    );
    const parsed = parsePosting(text);
    const draft = reviewFromText(text);
    const where = (item: { text: string; sectionIndex?: number; why?: string }) => [
      item.text,
      item.sectionIndex,
      item.why || undefined,
    ];
    expect(draft.items.map(where)).toEqual(parsed.requirements.map(where));
    expect(draft.possible?.map(where)).toEqual(parsed.possibleRequirements.map(where));
    expect(draft.possible?.every((item) => !item.dismissed)).toBe(true);
    expect(draft).toMatchObject({ removed: [], parked: [] });
  });
});
