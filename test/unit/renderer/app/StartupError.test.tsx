// @vitest-environment happy-dom
import Dexie from 'dexie';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../../../renderer/src/app/StartupError';

afterEach(() => {
  cleanup();
});

describe('StartupError', () => {
  it('says when storage is full and how to free space, for a database that could not open', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    render(<StartupError error={new Dexie.OpenFailedError('open', quota)} kind="browser" />);
    expect(
      screen.getByRole('heading', { name: 'Shortlist could not open its data: storage is full' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'clear other websites’ stored data in your browser’s settings',
    );
    expect(screen.getByRole('alert').textContent).toContain('Then start Shortlist again.');
  });

  it('names the automatic backups folder on the desktop', () => {
    render(<StartupError error={new DOMException('full', 'QuotaExceededError')} kind="desktop" />);
    expect(screen.getByRole('alert').textContent).toContain('old automatic backups');
  });
});
