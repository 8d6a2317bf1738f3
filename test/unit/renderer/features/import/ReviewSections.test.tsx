// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewDraft } from '../../../../../shared/import/review';
import { ReviewCoverage } from '../../../../../renderer/src/features/import/ReviewCoverage';
import { ReviewPossible } from '../../../../../renderer/src/features/import/ReviewPossible';
import { ReviewSections } from '../../../../../renderer/src/features/import/ReviewSections';

const HEADING = 'The successful candidate will have';
const ITEMS = ['Five years leading teams', 'Deep Linux knowledge'];
const RUST = 'Experience with Rust would be welcome.';
const GO = 'Go is a plus.';

function initial(): ReviewDraft {
  return {
    title: 'EM',
    company: 'Co',
    team: '',
    location: '',
    sourceUrl: '',
    text: 'posting',
    sections: [
      { heading: '', kind: 'summary', paragraphs: [`We build storage. ${RUST} ${GO}`], items: [] },
      { heading: HEADING, kind: 'other', paragraphs: [], items: ITEMS },
    ],
    items: [],
    possible: [
      {
        key: 'possible-0',
        text: RUST,
        kind: 'required',
        why: 'cue: “Experience with”',
        dismissed: false,
      },
      { key: 'possible-1', text: GO, kind: 'preferred', dismissed: false },
    ],
    removed: [],
    parked: [],
  };
}

let latest: ReviewDraft | undefined;

function Harness() {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return (
    <>
      <ReviewCoverage draft={draft} />
      <ReviewSections draft={draft} onChange={setDraft} />
      <ReviewPossible draft={draft} onChange={setDraft} />
    </>
  );
}

const items = () => latest?.items.map((item) => `${item.kind}: ${item.text}`);

afterEach(() => {
  cleanup();
  latest = undefined;
});

describe('the review step’s sections and possible requirements', () => {
  it('switches a whole section and says so', () => {
    render(<Harness />);
    const select = screen.getByRole('combobox', { name: `Section “${HEADING}”` });
    expect(select).toHaveProperty('value', 'other');
    fireEvent.change(select, { target: { value: 'requirements' } });
    expect(items()).toEqual(ITEMS.map((text) => `required: ${text}`));
    expect(select).toHaveProperty('value', 'requirements');
    expect(screen.getAllByRole('status')[0]?.textContent).toBe(
      `Section “${HEADING}” is now Requirements: 2 items on the checklist.`,
    );
    expect(screen.getByText(/in the checklist/).closest('p')?.textContent).toBe(
      'Of the posting’s 5 sentences: 2 in the checklist · 0 dismissed · 3 not yet looked at',
    );
    fireEvent.change(select, { target: { value: 'responsibilities' } });
    expect(items()).toEqual([]);
    expect(screen.getByText(/in the checklist/).closest('p')?.textContent).toContain('2 dismissed');
  });

  it('adds a possibility in one click and moves focus to the next one', () => {
    render(<Harness />);
    const list = screen.getByRole('list', { name: 'Possibly a requirement' });
    const rust = within(list).getAllByRole('listitem')[0];
    if (!rust) throw new Error('no item');
    expect(rust.textContent).toContain('cue: “Experience with”');
    fireEvent.click(within(rust).getByRole('button', { name: 'Add as preferred' }));
    expect(items()).toEqual([`preferred: ${RUST}`]);
    const next = screen.getAllByRole('button', { name: 'Add as required' })[0];
    expect(document.activeElement).toBe(next);
    expect(next?.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('dismisses one, keeps it apart, and brings it back', () => {
    render(<Harness />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[1] as HTMLElement);
    expect(latest?.possible?.find((item) => item.text === GO)?.dismissed).toBe(true);
    const dismissed = screen.getByRole('list', { name: 'Dismissed sentences' });
    expect(dismissed.textContent).toContain(GO);
    fireEvent.click(within(dismissed).getByRole('button', { name: 'Bring back' }));
    expect(screen.queryByRole('list', { name: 'Dismissed sentences' })).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Possibly a requirement' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  it('stays, empty, once every possibility is handled', () => {
    render(<Harness />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add as required' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Add as required' }));
    expect(screen.getByText('Nothing left to look at here.')).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('Possibly a requirement');
  });
});
