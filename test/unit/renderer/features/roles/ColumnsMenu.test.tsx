// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColumnsMenu } from '../../../../../renderer/src/features/roles/ColumnsMenu';

afterEach(() => {
  cleanup();
});

describe('the Columns menu', () => {
  it('names the columns hidden to fit, and keeps them ticked as the user chose', () => {
    render(
      <ColumnsMenu
        visibility={{ location: false }}
        onChange={vi.fn()}
        hiddenForWidth={['lastActivity', 'team']}
      />,
    );
    const note = screen.getByText(
      'Hidden to fit this window: Last activity, Team. A wider window shows them.',
    );
    const team = screen.getByRole('checkbox', { name: /^Team/ });
    expect((team as HTMLInputElement).checked).toBe(true);
    expect(team.getAttribute('aria-describedby')).toBe(note.id);
    expect(screen.getByRole('checkbox', { name: /^Status/ }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });

  it('says nothing about room when every column fits', () => {
    render(<ColumnsMenu visibility={{}} onChange={vi.fn()} hiddenForWidth={[]} />);
    expect(screen.queryByText(/Hidden to fit/)).toBeNull();
    expect(screen.queryByText('not enough room')).toBeNull();
  });

  it('changes only the user’s own choice: a column hidden to fit is not saved as hidden', () => {
    const onChange = vi.fn();
    render(
      <ColumnsMenu
        visibility={{ location: false }}
        onChange={onChange}
        hiddenForWidth={['lastActivity']}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /^Location/ }));
    expect(onChange).toHaveBeenCalledWith({ location: true });
  });
});
