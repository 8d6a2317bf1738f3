/**
 * The `app://` protocol's security headers, and that its CSP is the one the build writes
 * into index.html's `<meta>`: the real page, through the real Vite config's plugin.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const { serveAppRequest } = await import('../../../../electron/main/protocol');
const { default: viteConfig } = await import('../../../../electron.vite.config');

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'shortlist-headers-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Shortlist</title>');
writeFileSync(join(root, 'app.js'), 'export {};');

/** index.html as the build (or, with `server`, the dev server) writes it. */
async function transformedIndexHtml(server: boolean): Promise<string> {
  const config = viteConfig as { renderer?: { plugins?: unknown[] } };
  const plugin = (config.renderer?.plugins ?? []).find(
    (candidate): candidate is Plugin => (candidate as Plugin | null)?.name === 'shortlist-csp',
  );
  const hook = plugin?.transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('shortlist-csp plugin not found');
  const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const context = { path: '/index.html', filename: 'index.html', server: server ? {} : undefined };
  const result = await hook.handler.call(
    {} as never,
    html,
    context as unknown as IndexHtmlTransformContext,
  );
  if (typeof result !== 'string') throw new Error('expected the page as a string');
  return result;
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
}

const get = (path: string, method = 'GET') =>
  serveAppRequest(root, new Request(`app://shortlist/${path}`, { method }));

describe('app:// response headers', () => {
  it.each([
    ['a page', 'index.html', 'GET', 200],
    ['a script', 'app.js', 'GET', 200],
    ['a HEAD request', 'index.html', 'HEAD', 200],
    ['a missing file', 'nope.html', 'GET', 404],
    ['a refused path', '..%2f..%2fetc%2fpasswd', 'GET', 404],
    ['a refused method', 'index.html', 'POST', 405],
  ])('%s carries CSP, nosniff and COOP', async (_label, path, method, status) => {
    const response = await get(path, method);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toContain(
      "require-trusted-types-for 'script'",
    );
  });

  it('keeps each file’s own content type', async () => {
    expect((await get('index.html')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });
});

describe('the header and the <meta> policy', () => {
  it('are the same policy, written by the build from one source', async () => {
    const header = (await get('index.html')).headers.get('content-security-policy');
    const meta = metaPolicy(await transformedIndexHtml(false));
    expect(meta).toBeDefined();
    expect(header).toBe(meta);
    expect(meta).toContain("trusted-types 'none'");
  });

  it('are relaxed only on the dev server, never in a build', async () => {
    const dev = metaPolicy(await transformedIndexHtml(true)) ?? '';
    expect(dev).toContain("'unsafe-inline'");
    expect(dev).not.toContain('trusted-types');
    expect(metaPolicy(await transformedIndexHtml(false))).not.toContain('unsafe');
  });

  it('leave no placeholder or second policy in the page', async () => {
    const html = await transformedIndexHtml(false);
    expect(html).not.toContain('__SHORTLIST');
    expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });
});
