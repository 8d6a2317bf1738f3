// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeProvider } from '../../../../renderer/src/components/notices';
import { Markdown } from '../../../../renderer/src/components/Markdown';
import { PlatformProvider } from '../../../../renderer/src/platform';
import { fakePlatform } from '../platform/fake-platform';

afterEach(() => {
  cleanup();
});

function shown(text: string): HTMLElement {
  const { container } = render(
    <PlatformProvider platform={fakePlatform().platform}>
      <NoticeProvider>
        <Markdown text={text} />
      </NoticeProvider>
    </PlatformProvider>,
  );
  return container;
}

describe('Markdown: raw HTML', () => {
  it('shows a block of HTML as the text typed, never as elements', () => {
    const view = shown('<script>alert(1)</script>');
    expect(view.textContent).toBe('<script>alert(1)</script>');
    expect(view.querySelector('script')).toBeNull();
  });

  it('shows inline tags as text around the words, and still renders Markdown', () => {
    const view = shown('Hello <img src=x onerror=alert(1)> **world**\n\n> <b>quoted</b>');
    expect(view.textContent).toContain('Hello <img src=x onerror=alert(1)> world');
    expect(view.textContent).toContain('<b>quoted</b>');
    expect(view.querySelector('img, b')).toBeNull();
    expect(view.querySelector('strong')?.textContent).toBe('world');
  });
});
