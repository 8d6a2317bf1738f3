// @vitest-environment happy-dom
import { act, cleanup, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeProvider, useNotify } from '../../../../renderer/src/components/notices';

afterEach(() => {
  cleanup();
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <NoticeProvider>{children}</NoticeProvider>
);

describe('notices', () => {
  it('never end a quoted sentence with a doubled full stop', () => {
    const { result } = renderHook(() => useNotify(), { wrapper });
    act(() => {
      result.current('Deleted “Deep experience with Python.”.');
      result.current('Deleted “Go”.');
    });
    expect(screen.getByText('Deleted “Deep experience with Python.”')).toBeTruthy();
    expect(screen.getByText('Deleted “Go”.')).toBeTruthy();
    expect(screen.queryByText(/\.”\.$/u)).toBeNull();
  });
});
