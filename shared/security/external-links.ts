/**
 * The rule for links that leave the app: only absolute http(s) URLs with a host and no
 * embedded credentials may leave the app. Pure, so the main process and the browser build
 * apply the same check and tests can feed it hostile input.
 */

/** The part of the WHATWG URL API this module reads. */
interface ParsedUrl {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
  href: string;
}

// shared/ compiles without DOM or Node typings, yet every runtime it runs in (Node,
// Chromium, Electron) has the WHATWG URL parser; reach it through a typed view.
const WhatwgUrl = (globalThis as unknown as { URL: { parse(input: string): ParsedUrl | null } })
  .URL;

/** Longer input is refused: real links are short, and huge ones are an abuse vector. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Whitespace and control characters anywhere, plus invisible formatting characters:
// parsers strip some of them (`java\tscript:`), and bidi overrides disguise a host.
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

/**
 * Returns the normalized URL when it is safe to open in the system browser, else null.
 * Takes `unknown` because callers pass values straight from IPC and stored text.
 */
export function parseExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  if (input.length === 0 || input.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // A backslash is a UNC path (`\\server\share`) or, to the URL parser, a disguised `/`.
  if (UNSAFE_CHARACTERS.test(input) || input.includes('\\')) return null;
  // The scheme and exactly two slashes must be spelled out: this refuses `//host`,
  // `javascript:`, `file:`, `data:`, and `https:///host`, which parsers quietly repair.
  if (!/^https?:\/\/[^/]/i.test(input)) return null;
  const url = WhatwgUrl.parse(input);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  // `https://trusted.com@evil.com` reads as the first host but goes to the second.
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Whether `input` may be opened in the system browser (see {@link parseExternalUrl}). */
export function isSafeExternalUrl(input: unknown): boolean {
  return parseExternalUrl(input) !== null;
}

/** `mailto:` with one plain address and no query: nothing a mail client could act on. */
const MAILTO = /^mailto:[^\s@<>"'`()\\?&#:;,]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/iu;

/**
 * The target a link in an export may keep: an http(s) URL as {@link parseExternalUrl}
 * allows, or a plain `mailto:` address; else null, and the link keeps only its text.
 */
export function parseExportLinkTarget(input: unknown): string | null {
  const external = parseExternalUrl(input);
  if (external !== null) return external;
  if (typeof input !== 'string' || input.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (UNSAFE_CHARACTERS.test(input)) return null;
  return MAILTO.test(input) ? input : null;
}
