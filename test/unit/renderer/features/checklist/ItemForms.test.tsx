// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newRequirement, type NewRequirement } from '../../../../../shared/domain/checklist-rules';
import { ok } from '../../../../../shared/result';
import { AddItemForm } from '../../../../../renderer/src/features/checklist/AddItemForm';
import { ItemEditForm } from '../../../../../renderer/src/features/checklist/ItemEditForm';

afterEach(() => {
  cleanup();
});

const item = newRequirement(
  { id: 'r1', roleId: 'role-1', text: 'Lead a team', kind: 'required', origin: 'custom', order: 0 },
  1,
);

describe('custom item forms over the limit', () => {
  it('add: shows the count and message, sends nothing, keeps the text', () => {
    const sent: NewRequirement[] = [];
    render(
      <AddItemForm
        onAdd={(input) => {
          sent.push(input);
          return Promise.resolve(ok(item));
        }}
        onAdded={() => undefined}
      />,
    );
    const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Add your own item' });
    fireEvent.change(box, { target: { value: 'i'.repeat(1001) } });
    expect(screen.getByText('Item: 1,001 / 1,000 characters — shorten it to save')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(sent).toEqual([]);
    expect(box.value).toHaveLength(1001);
  });

  it('edit: shows the count and message and keeps the form open with the text', () => {
    const patches: unknown[] = [];
    let done = false;
    render(
      <ItemEditForm
        item={item}
        onSave={(_item, patch) => {
          patches.push(patch);
          return Promise.resolve(ok(item));
        }}
        onDone={() => {
          done = true;
        }}
      />,
    );
    const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Item text' });
    fireEvent.change(box, { target: { value: 'e'.repeat(1200) } });
    expect(screen.getByText('Item: 1,200 / 1,000 characters — shorten it to save')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(patches).toEqual([]);
    expect(done).toBe(false);
    expect(box.value).toHaveLength(1200);
  });
});
