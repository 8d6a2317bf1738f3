/**
 * `app://shortlist/`: the production renderer's origin. It serves the built renderer
 * (out/renderer) and nothing else. The scheme is registered as standard and secure so
 * the renderer gets a real origin with persistent IndexedDB, which is why the origin
 * must never change once users have data.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { APP_RESPONSE_HEADERS } from '../../shared/security/content-security-policy';

/** Chromium sends canonical URLs; anything this long is not one of ours. */
const MAX_REQUEST_URL_LENGTH = 4096;

// Raw NUL, control characters and backslashes (a Windows path separator) are refused
// outright rather than normalized.
// eslint-disable-next-line no-control-regex
const UNSAFE_RAW = /[\u0000-\u001f\u007f\\]/;
// A `.` or `..` segment, literal or percent-encoded, before the URL parser resolves it
// away: no legitimate request contains one, so its presence means probing.
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|%2f|%5c|$)/i;
// In a decoded segment: separators, NUL, a leftover `%` (double encoding such as
// `%252e`), and `:` (drive letters, alternate data streams).
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\%:\u0000-\u001f\u007f]/;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The MIME type served for a file, by extension; unknown types are opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://shortlist/…` request URL to a file path inside `rootDir`, or null when
 * the request is not for this origin or tries to leave the folder (`..`, encoded
 * separators, double encoding, backslashes, NUL, drive letters). `/` maps to
 * index.html. Pure: it touches no file.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (requestUrl.length > MAX_REQUEST_URL_LENGTH) return null;
  if (UNSAFE_RAW.test(requestUrl) || DOT_SEGMENT.test(requestUrl)) return null;
  const url = URL.parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;

  const rawSegments = url.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    if (raw === '') {
      // Only a trailing slash may be empty; `//etc` would be an absolute path.
      if (isLast) break;
      return null;
    }
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || UNSAFE_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || url.pathname.endsWith('/')) segments.push('index.html');

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  // Belt and braces: whatever slipped through above still cannot leave the root.
  return filePath.startsWith(root + sep) ? filePath : null;
}

/**
 * An `app://` response: every answer, errors included, carries the security headers
 * (the same CSP as index.html's `<meta>`, nosniff, COOP) next to its content type.
 */
export function appResponse(
  body: ConstructorParameters<typeof Response>[0],
  status: number,
  contentType = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'content-type': contentType },
  });
}

function notFound(): Response {
  return appResponse('Not found', 404);
}

/**
 * Answers one `app://` request from the files under `rootDir`: 404 for anything outside
 * it or missing (the same answer, so probing learns nothing), 405 for methods other than
 * GET and HEAD.
 */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return appResponse('Method not allowed', 405);
  }
  const filePath = resolveAppPath(rootDir, request.url);
  if (filePath === null) return notFound();
  try {
    // The path is inside the folder by name; its real path (symlinks resolved, the root's
    // own included) must be inside it too, or a link in the folder could serve any file.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(filePath)]);
    if (!realFile.startsWith(realRoot + sep)) return notFound();
    if (!(await stat(realFile)).isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
    return appResponse(body, 200, mimeTypeFor(filePath));
  } catch {
    return notFound();
  }
}

/** The built renderer, next to the built main bundle (out/main/index.js → out/renderer). */
export function rendererRoot(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

/**
 * Registers `app:` as a privileged scheme. Electron only accepts this before the app is
 * ready, so index.ts calls it first.
 */
export function setupAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** Serves `app://shortlist/` from the built renderer. Call once the app is ready. */
export function setupAppProtocol(): void {
  const root = rendererRoot();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
