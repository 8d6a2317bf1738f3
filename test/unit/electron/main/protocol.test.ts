import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { mimeTypeFor, resolveAppPath, serveAppRequest, setupAppProtocol, setupAppScheme } =
  await import('../../../../electron/main/protocol');

const root = resolve('/srv/shortlist/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://shortlist/index.html', 'index.html'],
    ['app://shortlist/', 'index.html'],
    ['app://shortlist', 'index.html'],
    ['app://shortlist/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://shortlist/assets/', join('assets', 'index.html')],
    ['app://shortlist/index.html?v=1#/roles/abc', 'index.html'],
    ['app://shortlist/fonts/Inter%20Var.woff2', join('fonts', 'Inter Var.woff2')],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(join(root, relative));
  });

  it.each([
    ['literal ..', 'app://shortlist/../../etc/passwd'],
    ['literal .. mid-path', 'app://shortlist/assets/../../secret'],
    ['a lone dot segment', 'app://shortlist/./index.html'],
    ['encoded dots', 'app://shortlist/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://shortlist/%2E%2e/secret'],
    ['half-encoded dots', 'app://shortlist/.%2e/secret'],
    ['dots with an encoded slash', 'app://shortlist/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash', 'app://shortlist/assets%2f..%2f..%2fsecret'],
    ['an encoded backslash', 'app://shortlist/..%5c..%5cwindows%5cwin.ini'],
    ['an encoded backslash in a name', 'app://shortlist/assets%5csecret'],
    ['a raw backslash', 'app://shortlist/..\\..\\secret'],
    ['double-encoded dots', 'app://shortlist/%252e%252e/%252e%252e/etc/passwd'],
    ['double-encoded slash', 'app://shortlist/assets%252f..%252fsecret'],
    ['an absolute path after the host', 'app://shortlist//etc/passwd'],
    ['an encoded absolute path', 'app://shortlist/%2Fetc%2Fpasswd'],
    ['a drive letter', 'app://shortlist/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://shortlist/C%3A%5CWindows'],
    ['an encoded NUL', 'app://shortlist/index.html%00.png'],
    ['a raw NUL', 'app://shortlist/index.html\u0000.png'],
    ['a bare absolute path', '/etc/passwd'],
    ['a file URL', 'file:///etc/passwd'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://shortlist.evil.com/index.html'],
    ['a host with a port', 'app://shortlist:8080/index.html'],
    ['credentials', 'app://user:pw@shortlist/index.html'],
    ['another scheme', 'https://shortlist/index.html'],
    ['malformed escapes', 'app://shortlist/%E0%A4%A'],
    ['not a URL', 'not a url'],
    ['an over-long URL', `app://shortlist/${'a'.repeat(5000)}`],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%252e%252e', '..%5c', '..%c0%af'];
    for (const a of attempts) {
      for (const b of attempts) {
        const result = resolveAppPath(root, `app://shortlist/${a}/${b}/etc/passwd`);
        if (result !== null) expect(result.startsWith(root + sep)).toBe(true);
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['no-extension', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  const secret = 'TOP SECRET';

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'shortlist-protocol-'));
    dir = join(base, 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Shortlist</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("hi");');
    writeFileSync(join(dir, 'assets', 'style.css'), 'body{}');
    writeFileSync(join(base, 'secret.txt'), secret);
  });

  it('serves index.html with the HTML type', async () => {
    const response = await serveAppRequest(dir, new Request('app://shortlist/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Shortlist</title>');
  });

  it('serves / as index.html', async () => {
    const response = await serveAppRequest(dir, new Request('app://shortlist/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Shortlist');
  });

  it('serves scripts and styles with their types', async () => {
    const js = await serveAppRequest(dir, new Request('app://shortlist/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("hi");');
    const css = await serveAppRequest(dir, new Request('app://shortlist/assets/style.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await serveAppRequest(
      dir,
      new Request('app://shortlist/index.html', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await serveAppRequest(dir, new Request('app://shortlist/nope.js'))).status).toBe(404);
    expect((await serveAppRequest(dir, new Request('app://shortlist/assets'))).status).toBe(404);
  });

  it('never follows a symlink out of the folder, and serves one that stays inside', async () => {
    const outside = join(dir, '..', 'secret.txt');
    symlinkSync(outside, join(dir, 'assets', 'linked.js'));
    symlinkSync(join(dir, '..'), join(dir, 'escape'));
    symlinkSync(join(dir, 'assets', 'app.js'), join(dir, 'assets', 'alias.js'));
    for (const url of ['app://shortlist/assets/linked.js', 'app://shortlist/escape/secret.txt']) {
      const response = await serveAppRequest(dir, new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain(secret);
    }
    const inside = await serveAppRequest(dir, new Request('app://shortlist/assets/alias.js'));
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe('console.log("hi");');
  });

  it('never serves a file outside the folder', async () => {
    for (const url of [
      'app://shortlist/%2e%2e/secret.txt',
      'app://shortlist/..%2fsecret.txt',
      'app://shortlist/%252e%252e/secret.txt',
    ]) {
      const response = await serveAppRequest(dir, new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(secret);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(
      dir,
      new Request('app://shortlist/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});

describe('registration', () => {
  beforeEach(() => {
    resetElectronMock();
  });

  it('registers app: as standard, secure and fetch-capable', () => {
    setupAppScheme();
    expect(electronModule.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme, serving from out/renderer', async () => {
    setupAppProtocol();
    expect(electronModule.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electronModule.protocol.handle.mock.calls[0]?.[1] as (
      request: Request,
    ) => Promise<Response>;
    // Run from source there is no built renderer next to electron/main: a 404, not a throw.
    const response = await handler(new Request('app://shortlist/index.html'));
    expect(response.status).toBe(404);
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(404);
  });
});
