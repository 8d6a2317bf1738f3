// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../renderer/src/app/ErrorBoundary';

let failing = true;
function Flaky() {
  if (failing) throw new Error('DatabaseClosedError: the database was closed');
  return <p>screen content</p>;
}

afterEach(() => {
  cleanup();
  failing = true;
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the error instead of a blank window, and recovers on Try again', () => {
    // React logs caught render errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="a">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'DatabaseClosedError: the database was closed',
    );
    failing = false;
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(screen.getByText('screen content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears the error when the reset key (the route) changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    failing = false;
    rerender(
      <ErrorBoundary resetKey="b">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByText('screen content')).toBeTruthy();
  });
});
