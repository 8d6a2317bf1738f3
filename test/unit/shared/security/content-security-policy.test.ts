import { describe, expect, it } from 'vitest';
import {
  APP_RESPONSE_HEADERS,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  CSP_PLACEHOLDER,
  DEV_CSP_DIRECTIVES,
  serializeCsp,
  withContentSecurityPolicy,
} from '../../../../shared/security/content-security-policy';

/** A policy string back into directive → sources. */
function parsePolicy(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the production Content Security Policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('requires Trusted Types for every script sink and allows no policy at all', () => {
    expect(policy['require-trusted-types-for']).toEqual(["'script'"]);
    expect(policy['trusted-types']).toEqual(["'none'"]);
  });

  it('loads only from the app itself: no inline code, no eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|ws:|\*/);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
  });

  it('has only directives a <meta> policy can carry, so both copies mean the same', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) {
      expect(policy).not.toHaveProperty(name);
    }
  });

  it('serializes every directive once, in order', () => {
    expect(Object.keys(policy)).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(serializeCsp({ a: ["'x'", 'y'], b: [] })).toBe("a 'x' y; b");
  });
});

describe('the dev-server policy', () => {
  it('relaxes only what hot reload needs and drops Trusted Types (Vite’s overlay writes HTML)', () => {
    const dev = parsePolicy(serializeCsp(DEV_CSP_DIRECTIVES));
    expect(dev['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev['connect-src']).toEqual(["'self'", 'ws://localhost:*', 'http://localhost:*']);
    expect(dev).not.toHaveProperty('require-trusted-types-for');
    expect(dev).not.toHaveProperty('trusted-types');
    expect(dev['default-src']).toEqual(["'none'"]);
    expect(dev['object-src']).toEqual(["'none'"]);
  });
});

describe('APP_RESPONSE_HEADERS', () => {
  it('sends the same policy, nosniff and a same-origin opener policy', () => {
    expect(APP_RESPONSE_HEADERS).toEqual({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
    });
  });
});

describe('withContentSecurityPolicy', () => {
  it('writes the policy at the placeholder', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />`;
    expect(withContentSecurityPolicy(html, "default-src 'none'")).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'" />`,
    );
  });

  it('refuses a page with no placeholder or with two', () => {
    expect(() => withContentSecurityPolicy('<head></head>', 'x')).toThrow(CSP_PLACEHOLDER);
    expect(() => withContentSecurityPolicy(CSP_PLACEHOLDER.repeat(2), 'x')).toThrow();
  });
});
