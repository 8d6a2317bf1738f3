import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../../../shared/parser';
import {
  editItem,
  mergeItems,
  removeItem,
  splitItem,
  type ReviewDraft,
  type ReviewItem,
} from '../../../../shared/import/review';
import { sectionChoice, switchSection } from '../../../../shared/import/review-sections';
import { sectionsAsTaken } from '../../../../shared/import/review-kinds';

const TEAM = 'The successful Engineering Manager candidate will have:';
const LEAD = 'Experience leading distributed teams';
const LINUX = 'Deep knowledge of Linux';
const GO = 'Go or Python in production';

function section(heading: string, kind: ParsedSection['kind'], items: string[]): ParsedSection {
  return { heading, kind, paragraphs: [], items };
}

/** A parse whose list sits under a heading the parser filed as Other. */
function draft(items: ReviewItem[] = []): ReviewDraft {
  return {
    title: 'EM',
    company: 'Co',
    team: '',
    location: '',
    sourceUrl: '',
    text: 'posting',
    sections: [
      section('Requirements', 'requirements', ['Degree in CS']),
      section(TEAM, 'other', [LEAD, LINUX, GO]),
      section('Nice to have', 'nice-to-haves', ['Kubernetes']),
    ],
    items: [
      { key: 'item-0', text: 'Degree in CS', kind: 'required', origin: 'posting', sectionIndex: 0 },
      ...items,
      { key: 'item-1', text: 'Kubernetes', kind: 'preferred', origin: 'posting', sectionIndex: 2 },
    ],
    possible: [],
    removed: [],
    parked: [],
  };
}

const view = (d: ReviewDraft) => d.items.map((item) => `${item.kind}: ${item.text}`);

describe('sectionChoice', () => {
  it('shows every kind that gives no checklist items but responsibilities as Other', () => {
    expect(sectionChoice('requirements')).toBe('requirements');
    expect(sectionChoice('nice-to-haves')).toBe('preferred');
    expect(sectionChoice('responsibilities')).toBe('responsibilities');
    for (const kind of ['summary', 'about', 'benefits', 'equal-opportunity', 'other'] as const) {
      expect(sectionChoice(kind)).toBe('other');
    }
  });
});

describe('switchSection', () => {
  it('turns all list items of an Other section into required items, in place', () => {
    const next = switchSection(draft(), 1, 'requirements');
    expect(view(next)).toEqual([
      'required: Degree in CS',
      `required: ${LEAD}`,
      `required: ${LINUX}`,
      `required: ${GO}`,
      'preferred: Kubernetes',
    ]);
    expect(next.sections[1]?.kind).toBe('requirements');
    // The parser did not take them: custom, so a re-parse never removes them.
    const added = next.items.slice(1, 4);
    expect(added.every((item) => item.origin === 'custom' && item.sectionIndex === 1)).toBe(true);
    expect(added[0]?.why).toBe(`under “${TEAM}”`);
    expect(new Set(next.items.map((item) => item.key)).size).toBe(5);
  });

  it('moves the items already taken, keeping their edits, and adds only the missing ones', () => {
    const taken: ReviewItem = {
      key: 'item-7',
      text: 'Led distributed teams for 5 years',
      originalText: LEAD,
      kind: 'preferred',
      origin: 'posting',
      sectionIndex: 1,
      why: 'experience',
    };
    const next = switchSection(draft([taken]), 1, 'requirements');
    expect(view(next)).toEqual([
      'required: Degree in CS',
      'required: Led distributed teams for 5 years',
      `required: ${LINUX}`,
      `required: ${GO}`,
      'preferred: Kubernetes',
    ]);
    expect(next.items[1]?.key).toBe('item-7');
  });

  it('finds items by wording when the parser gave no section', () => {
    const old: ReviewItem = { key: 'item-5', text: LINUX, kind: 'required', origin: 'posting' };
    const next = switchSection(draft([old]), 1, 'preferred');
    expect(next.items.filter((item) => item.text === LINUX)).toEqual([
      { ...old, kind: 'preferred' },
    ]);
  });

  it('switching away parks the items with their edits; switching back restores them', () => {
    let d = switchSection(draft(), 1, 'requirements');
    const leadKey = d.items[1]?.key ?? '';
    d = editItem(d, leadKey, 'Led remote teams');
    d = mergeItems(d, d.items[2]?.key ?? '', d.items[3]?.key ?? '');
    const away = switchSection(d, 1, 'responsibilities');
    expect(view(away)).toEqual(['required: Degree in CS', 'preferred: Kubernetes']);
    expect(away.sections[1]?.kind).toBe('responsibilities');
    expect(away.parked?.map((item) => item.text)).toEqual(['Led remote teams', `${LINUX}; ${GO}`]);
    const back = switchSection(away, 1, 'preferred');
    // The merge holds two list items: neither is added again.
    expect(view(back)).toEqual([
      'required: Degree in CS',
      'preferred: Led remote teams',
      `preferred: ${LINUX}; ${GO}`,
      'preferred: Kubernetes',
    ]);
    expect(back.parked).toEqual([]);
  });

  it('keeps split halves and custom items of other sections untouched', () => {
    let d = switchSection(draft(), 1, 'requirements');
    d = splitItem(d, d.items[3]?.key ?? '', 'Go or Python'.length);
    const custom = {
      key: 'item-40',
      text: 'My own item',
      kind: 'required',
      origin: 'custom',
    } as const;
    d = { ...d, items: [...d.items, custom] };
    const away = switchSection(d, 1, 'other');
    expect(view(away)).toEqual([
      'required: Degree in CS',
      'preferred: Kubernetes',
      'required: My own item',
    ]);
    const back = switchSection(away, 1, 'requirements');
    expect(view(back)).toContain('required: in production');
    expect(view(back).filter((line) => line.includes('Go or Python'))).toEqual([
      'required: Go or Python',
    ]);
  });

  it('re-adds items the applicant removed when they ask for the whole section', () => {
    let d = switchSection(draft(), 1, 'requirements');
    d = removeItem(d, d.items[2]?.key ?? '');
    expect(d.removed).toEqual([LINUX]);
    d = switchSection(switchSection(d, 1, 'other'), 1, 'requirements');
    expect(view(d)).toContain(`required: ${LINUX}`);
  });

  it('does not add a list item the checklist already has from elsewhere', () => {
    const elsewhere: ReviewItem = { key: 'item-9', text: GO, kind: 'required', origin: 'custom' };
    const next = switchSection(draft([elsewhere]), 1, 'requirements');
    expect(next.items.filter((item) => item.text === GO)).toHaveLength(1);
  });

  it('returns the same draft for a missing section or the choice it already has', () => {
    const d = draft();
    expect(switchSection(d, 9, 'requirements')).toBe(d);
    expect(switchSection(d, 1, 'other')).toBe(d);
    expect(switchSection(d, 0, 'requirements')).toBe(d);
  });
});

describe('sectionsAsTaken', () => {
  const list = (sectionIndex: number, kind: 'required' | 'preferred' = 'required') => ({
    text: 'x',
    kind,
    source: 'list' as const,
    sectionIndex,
  });
  const parsed = [
    section(TEAM, 'other', [LEAD, LINUX, GO]),
    section('Perks', 'benefits', ['Holidays']),
    section('Requirements', 'requirements', ['Degree']),
  ];

  it('shows a section as Requirements when the parser took most of its list', () => {
    const sections = sectionsAsTaken(parsed, [list(0), list(0), list(0, 'preferred'), list(2)]);
    expect(sections.map((s) => s.kind)).toEqual(['requirements', 'benefits', 'requirements']);
    const preferred = sectionsAsTaken(parsed, [list(0, 'preferred'), list(0, 'preferred')]);
    expect(preferred[0]?.kind).toBe('nice-to-haves');
  });

  it('leaves sections alone when only prose or a few items came from them', () => {
    const prose = { ...list(0), source: 'prose' as const };
    expect(sectionsAsTaken(parsed, [prose, prose, list(0)])).toEqual(parsed);
  });
});
