// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewFromText, type ReviewDraft } from '../../../../../shared/import/review';
import { ReviewStep } from '../../../../../renderer/src/features/import/ReviewStep';

const POSTING = `# Backend Engineer

## Requirements
- 5+ years of Go
`;

let latest: ReviewDraft | undefined;

function Harness({ initial }: { initial: ReviewDraft }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return (
    <ReviewStep
      draft={draft}
      fileName={undefined}
      problems={[]}
      duplicate={null}
      saving={false}
      onChange={setDraft}
      onOpenDuplicate={() => undefined}
      onSaveAnyway={() => undefined}
    />
  );
}

afterEach(() => {
  cleanup();
});

describe('the review step’s limits', () => {
  it('counts a role field, an item and a new item past their limits without cutting them', () => {
    render(<Harness initial={reviewFromText(POSTING)} />);

    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: 'T'.repeat(301) } });
    expect(screen.getByText('Title: 301 / 300 characters — shorten it to save')).toBeTruthy();
    expect(latest?.title).toHaveLength(301);
    expect(title.getAttribute('aria-invalid')).toBe('true');

    const item = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Required item 1$/ });
    fireEvent.change(item, { target: { value: 'i'.repeat(1001) } });
    expect(screen.getByText('Item: 1,001 / 1,000 characters — shorten it to save')).toBeTruthy();
    expect(item.value).toHaveLength(1001);

    const added = screen.getByRole<HTMLInputElement>('textbox', { name: 'New item' });
    fireEvent.change(added, { target: { value: 'n'.repeat(1002) } });
    expect(
      screen.getByText('New item: 1,002 / 1,000 characters — shorten it to save'),
    ).toBeTruthy();
    const before = latest?.items.length;
    fireEvent.submit(added);
    expect(latest?.items.length).toBe(before);
    expect(added.value).toHaveLength(1002);
  });
});
