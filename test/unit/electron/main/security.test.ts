import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, electronModule, fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { handleWindowOpen, hardenWebContents, setupSecurity, setupSessionSecurity } =
  await import('../../../../electron/main/security');

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

const hostileUrls = [
  'https://evil.com/',
  'http://localhost:5173/',
  'app://shortlist/index.html',
  'app://shortlist/../../etc/passwd',
  'app://shortlist.evil.com/index.html',
  'app://evil/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
];

beforeEach(() => {
  resetElectronMock();
});

describe('navigation', () => {
  it.each(hostileUrls)('prevents will-navigate to %s', (url) => {
    const contents = hardened();
    const event = contents.fire('will-navigate', url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each(hostileUrls)('prevents will-redirect to %s', (url) => {
    const contents = hardened();
    expect(contents.fire('will-redirect', url).preventDefault).toHaveBeenCalledOnce();
  });

  it('prevents attaching a <webview>', () => {
    const contents = hardened();
    const event = contents.fire('will-attach-webview', {}, { src: 'https://evil.com' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('new windows', () => {
  it('denies and opens a validated https link in the system browser', () => {
    const contents = hardened();
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4125010828';
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(electronModule.shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('opens http links too', () => {
    expect(handleWindowOpen({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(electronModule.shell.openExternal).toHaveBeenCalledWith('http://example.com/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<b>x</b>',
    '\\\\evil\\share',
    '//evil.com',
    'http://user:pw@host.com',
    'app://shortlist/index.html',
    'about:blank',
    '',
  ])('denies %j without opening anything', (url) => {
    expect(handleWindowOpen({ url })).toEqual({ action: 'deny' });
    expect(electronModule.shell.openExternal).not.toHaveBeenCalled();
  });

  it('survives the OS failing to open a link', async () => {
    electronModule.shell.openExternal.mockImplementationOnce(() =>
      Promise.reject(new Error('no browser')),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(handleWindowOpen({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => {
      expect(warn).toHaveBeenCalled();
    });
    warn.mockRestore();
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies the %s request and check',
    (permission) => {
      const contents = hardened();
      const callback = vi.fn();
      contents.session.requestHandler?.(contents, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(contents.session.checkHandler?.(contents, permission, 'app://shortlist', {})).toBe(
        false,
      );
    },
  );

  it('locks each session down once however many web contents share it', () => {
    const first = hardened();
    const second = new FakeWebContents();
    second.session = first.session;
    hardenWebContents(second as unknown as WebContents);
    expect(first.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(first.session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
  });

  it('keeps the spellchecker from downloading dictionaries', () => {
    const contents = hardened();
    expect(contents.session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      'app://shortlist/dictionaries/',
    );
  });

  it('locks down the default session once ready', () => {
    setupSessionSecurity();
    const callback = vi.fn();
    fake.defaultSession.requestHandler?.(null, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.defaultSession.checkHandler?.(null, 'media', 'app://shortlist', {})).toBe(false);
  });
});

describe('setupSecurity', () => {
  it('enables the sandbox and hardens every web contents created', () => {
    setupSecurity();
    expect(electronModule.app.enableSandbox).toHaveBeenCalledOnce();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.fire('will-navigate', 'https://evil.com').preventDefault).toHaveBeenCalled();
    expect(contents.fire('will-attach-webview').preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    contents.session.requestHandler?.(contents, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });
});
