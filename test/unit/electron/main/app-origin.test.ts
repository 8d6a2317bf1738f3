import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { APP_ENTRY_URL, devServerUrl, isTrustedRendererUrl, rendererEntryUrl } =
  await import('../../../../electron/main/app-origin');

beforeEach(() => {
  resetElectronMock();
  delete process.env.ELECTRON_RENDERER_URL;
});

afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('isTrustedRendererUrl', () => {
  it('trusts exactly app://shortlist in production', () => {
    expect(isTrustedRendererUrl('app://shortlist/index.html', null)).toBe(true);
    expect(isTrustedRendererUrl('app://shortlist/#/roles/1', null)).toBe(true);
    for (const url of [
      'app://shortlist.evil.com/',
      'app://evil/',
      'app://user@shortlist/',
      'app://shortlist:99/',
      'https://shortlist/',
      'file:///index.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedRendererUrl(url, null), url).toBe(false);
    }
  });

  it('trusts only the dev server origin in development', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('app://shortlist/index.html', dev)).toBe(false);
    expect(isTrustedRendererUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
  });
});

describe('renderer entry', () => {
  it('is app://shortlist/index.html in production', () => {
    expect(devServerUrl()).toBeNull();
    expect(rendererEntryUrl()).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://shortlist/index.html');
  });

  it('is the dev server when electron-vite sets it, unless packaged', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    expect(rendererEntryUrl()).toBe('http://localhost:5173');
    fake.app.isPackaged = true;
    expect(rendererEntryUrl()).toBe(APP_ENTRY_URL);
  });
});
