/**
 * The renderer's Content Security Policy, in one place. The build writes it into
 * renderer/index.html's `<meta>` (electron.vite.config.ts), and the `app://` protocol
 * sends the same policy as a response header (electron/main/protocol.ts), so the two
 * can never drift apart. Pure data: no DOM, no Node.
 */

/** A policy: directive name → its source list. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Nothing may load or connect outside the app's own origin; no inline script or style,
 * no eval. Trusted Types are required for every script sink (`innerHTML`, `eval`,
 * `script.src`…) and no policy may be created (`trusted-types 'none'`): no code in the
 * bundle writes HTML from strings, so any such write is refused instead of run.
 * (`frame-ancestors` is left out: a `<meta>` policy cannot carry it, and the two copies
 * must be the same.)
 */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

/**
 * The electron-vite dev server only (never a build): hot reload needs an inline preamble,
 * injected styles and a websocket, and Vite's error overlay writes `innerHTML`, so the
 * dev page relaxes those and drops Trusted Types.
 */
export const DEV_CSP_DIRECTIVES: CspDirectives = Object.fromEntries(
  Object.entries({
    ...CSP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", 'ws://localhost:*', 'http://localhost:*'],
  }).filter(([name]) => name !== 'require-trusted-types-for' && name !== 'trusted-types'),
);

/** Serializes directives in their given order: `name source source; name source`. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The production policy, as the `<meta>` and the response header carry it. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

/**
 * Headers on every `app://` response: the policy (as well as the `<meta>`, so it holds
 * from the first byte, before the page is parsed), no MIME sniffing, and a browsing
 * context group of the app's own (no window from elsewhere may keep a handle on it).
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

/** The marker renderer/index.html carries where the build writes the policy. */
export const CSP_PLACEHOLDER = '__SHORTLIST_CONTENT_SECURITY_POLICY__';

/**
 * Writes `policy` into the page at its one placeholder. Throws when there is not exactly
 * one, so a build can never ship a page without a policy.
 */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const parts = html.split(CSP_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error(`index.html must contain ${CSP_PLACEHOLDER} exactly once`);
  }
  return parts.join(policy);
}
