/**
 * The one rule for links that leave the app (a posting's source URL, a link in a
 * note): only absolute http(s) URLs with a host and no embedded credentials. Pure, so
 * the main process and the browser build apply the same check and tests can feed it
 * hostile input.
 */

const MAX_URL_LENGTH = 2048;

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
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;
// Control characters and whitespace anywhere: browsers strip some of them while
// parsing, which is how `java\tscript:` tricks work, so refuse rather than normalise.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/**
 * Returns the normalised URL when it is safe to open in the system browser, else null.
 * Accepts `unknown` because callers pass values from IPC and from stored text.
 */
export function parseExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  if (input.length === 0 || input.length > MAX_URL_LENGTH) return null;
  if (UNSAFE_CHARACTERS.test(input) || input.includes('\\')) return null;
  if (!/^https?:\/\//i.test(input)) return null;
  let url: ParsedUrl;
  try {
    url = new WhatwgUrl(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

/** True when {@link parseExternalUrl} accepts the input. */
export function isSafeExternalUrl(input: unknown): boolean {
  return parseExternalUrl(input) !== null;
}
