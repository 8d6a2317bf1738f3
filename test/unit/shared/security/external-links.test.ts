import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, parseExternalUrl } from '../../../../shared/security/external-links';

describe('external link validator', () => {
  it('accepts ordinary http and https links', () => {
    expect(parseExternalUrl('https://www.linkedin.com/jobs/search/?currentJobId=4125010828')).toBe(
      'https://www.linkedin.com/jobs/search/?currentJobId=4125010828',
    );
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM/a')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '\\\\evil\\share',
    '//evil.com',
    'http://user:pw@host.example',
    'https://',
    'https:///nohost',
    'not a url',
    'https://exa mple.com',
    'https://example.com/\u0000',
    `https://example.com/${'a'.repeat(3000)}`,
    '',
  ])('refuses %j', (input) => {
    expect(parseExternalUrl(input)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com'], new String('x')]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });
});
