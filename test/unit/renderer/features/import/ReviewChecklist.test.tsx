// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewFromText, type ReviewDraft } from '../../../../../shared/import/review';
import { ReviewChecklist } from '../../../../../renderer/src/features/import/ReviewChecklist';

const POSTING = `# Backend Engineer

## Requirements
- 5+ years of Go
- Experience with PostgreSQL
- Strong written English. Comfortable with on-call rotations

## Nice to have
- Kubernetes
`;

let latest: ReviewDraft | undefined;

function Harness({ initial }: { initial: ReviewDraft }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return <ReviewChecklist draft={draft} onChange={setDraft} />;
}

function setup(): ReviewDraft {
  const draft = reviewFromText(POSTING);
  render(<Harness initial={draft} />);
  return draft;
}

function texts(kind: 'Required' | 'Preferred'): string[] {
  return screen
    .queryAllByRole('textbox', { name: new RegExp(`^${kind} item \\d+$`) })
    .map((box) => (box instanceof HTMLTextAreaElement ? box.value : ''));
}

afterEach(() => {
  cleanup();
  latest = undefined;
});

describe('the review step checklist', () => {
  it('shows required items first, then preferred, with counts', () => {
    setup();
    expect(texts('Required')).toEqual([
      '5+ years of Go',
      'Experience with PostgreSQL',
      'Strong written English. Comfortable with on-call rotations',
    ]);
    expect(texts('Preferred')).toEqual(['Kubernetes']);
    expect(screen.getByRole('heading', { name: /^Checklist/ }).textContent).toContain(
      '3 required, 1 preferred',
    );
  });

  it('moves an item to the other group when its kind changes, keeping focus on it', () => {
    setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of required item 2' }), {
      target: { value: 'preferred' },
    });
    expect(texts('Required')).toEqual([
      '5+ years of Go',
      'Strong written English. Comfortable with on-call rotations',
    ]);
    expect(texts('Preferred')).toEqual(['Experience with PostgreSQL', 'Kubernetes']);
    expect(document.activeElement).toBe(
      screen.getByRole('combobox', { name: 'Kind of preferred item 1' }),
    );
  });

  it('removes an item and puts focus on the one that took its place', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove required item 1' }));
    expect(texts('Required')).toEqual([
      'Experience with PostgreSQL',
      'Strong written English. Comfortable with on-call rotations',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Required item 1' }));
    expect(screen.getByRole('status').textContent).toBe('Removed required item 1.');
  });

  it('edits an item in place', () => {
    setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'Required item 1' }), {
      target: { value: '6+ years of Go' },
    });
    expect(texts('Required')[0]).toBe('6+ years of Go');
    expect(latest?.items[0]?.text).toBe('6+ years of Go');
  });

  it('merges an item with the next one of its group; the last has no merge', () => {
    setup();
    expect(screen.queryByRole('button', { name: /^Merge required item 3/ })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Merge required item 1 with required item 2' }),
    );
    expect(texts('Required')).toEqual([
      '5+ years of Go; Experience with PostgreSQL',
      'Strong written English. Comfortable with on-call rotations',
    ]);
  });

  it('splits at the suggested point, or at the caret when it is inside the text', () => {
    setup();
    const split = screen.getByRole('button', { name: 'Split required item 3' });
    expect(split.getAttribute('title')).toBe('Split before “Comfortable with on-call rotations”');
    fireEvent.click(split);
    expect(texts('Required')).toEqual([
      '5+ years of Go',
      'Experience with PostgreSQL',
      'Strong written English.',
      'Comfortable with on-call rotations',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Required item 4' }));

    // Nothing glued in "Experience with PostgreSQL": no split until the caret says where.
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Required item 2' });
    const splitSecond = screen.getByRole<HTMLButtonElement>('button', {
      name: 'Split required item 2',
    });
    expect(splitSecond.disabled).toBe(true);
    field.setSelectionRange(10, 10);
    fireEvent.select(field);
    expect(splitSecond.disabled).toBe(false);
    fireEvent.click(splitSecond);
    expect(texts('Required').slice(1, 3)).toEqual(['Experience', 'with PostgreSQL']);
  });

  it('adds an item of the chosen kind, refusing an empty one', () => {
    setup();
    const form = screen.getByRole('form', { name: 'Add an item' });
    fireEvent.submit(form);
    expect(
      within(form.parentElement as HTMLElement).getByText('Type the item’s wording first.'),
    ).toBeTruthy();
    expect(latest?.items).toHaveLength(4);
    fireEvent.change(within(form).getByRole('textbox', { name: 'New item' }), {
      target: { value: '  Terraform  ' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Kind' }), {
      target: { value: 'preferred' },
    });
    fireEvent.submit(form);
    expect(texts('Preferred')).toEqual(['Kubernetes', 'Terraform']);
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: 'New item' }).value).toBe(
      '',
    );
  });
});
