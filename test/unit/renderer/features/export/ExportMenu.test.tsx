// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ExportMenu,
  type MenuAction,
} from '../../../../../renderer/src/features/export/ExportMenu';

afterEach(() => {
  cleanup();
});

function setup(overrides: Partial<MenuAction>[] = []) {
  const runs = {
    save: vi.fn(),
    copy: vi.fn(),
    calendar: vi.fn(),
  };
  const items: MenuAction[] = [
    { label: 'Save as Markdown…', run: runs.save, ...overrides[0] },
    { label: 'Copy as Markdown', run: runs.copy, ...overrides[1] },
    { label: 'Add to calendar', run: runs.calendar, ...overrides[2] },
  ];
  render(
    <>
      <ExportMenu label="Export" items={items} />
      <button type="button">Elsewhere</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'Export' });
  return { runs, button };
}

const item = (name: string) => screen.getByRole('menuitem', { name });

describe('ExportMenu', () => {
  it('is a closed menu button until pressed; then the first action has focus', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(document.activeElement).toBe(item('Save as Markdown…'));
  });

  it('moves with the arrow keys (wrapping), Home, End and a first letter', () => {
    const { button } = setup();
    fireEvent.click(button);
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Copy as Markdown'));
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(item('Add to calendar'));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Save as Markdown…'));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('Add to calendar'));
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(item('Save as Markdown…'));
    fireEvent.keyDown(menu, { key: 'c', ctrlKey: true });
    expect(document.activeElement).toBe(item('Save as Markdown…'));
    fireEvent.keyDown(menu, { key: 'c' });
    expect(document.activeElement).toBe(item('Copy as Markdown'));
    // Only the focused item is in the tab order.
    expect(item('Copy as Markdown').tabIndex).toBe(0);
    expect(item('Save as Markdown…').tabIndex).toBe(-1);
  });

  it('opens from the button with ArrowUp on the last action', () => {
    const { button } = setup();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('Add to calendar'));
  });

  it('Escape closes it and gives focus back to the button, running nothing', () => {
    const { button, runs } = setup();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(runs.save).not.toHaveBeenCalled();
  });

  it('choosing an action closes the menu, returns focus and runs it once', () => {
    const { button, runs } = setup();
    fireEvent.click(button);
    fireEvent.click(item('Copy as Markdown'));
    expect(runs.copy).toHaveBeenCalledOnce();
    expect(runs.save).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('a disabled action says why and does nothing', () => {
    const { button, runs } = setup([{}, {}, { disabled: true, hint: 'Schedule it first' }]);
    fireEvent.click(button);
    const calendar = item('Add to calendar');
    expect(calendar.getAttribute('aria-disabled')).toBe('true');
    const hintId = calendar.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toBe('Schedule it first');
    fireEvent.click(calendar);
    expect(runs.calendar).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeTruthy();
  });

  it('a press outside closes it', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
