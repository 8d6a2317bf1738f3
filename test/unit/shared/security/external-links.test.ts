import { describe, expect, it } from 'vitest';
import {
  MAX_EXTERNAL_URL_LENGTH,
  isSafeExternalUrl,
  parseExternalUrl,
} from '../../../../shared/security/external-links';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.linkedin.com/jobs/search/?currentJobId=4125010828',
    'https://canonical.com/careers/engineering',
    'http://example.com',
    'HTTPS://Example.COM/Path?q=1#frag',
    'https://localhost:8443/x',
    'https://192.168.1.10/',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['javascript://example.com/%0Aalert(1)'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['FILE:///C:/Windows/win.ini'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['\\\\evil\\share'],
    ['\\\\evil.com\\share\\payload.exe'],
    ['https:\\\\evil.com'],
    ['//evil.com'],
    ['//evil.com/path'],
    ['http://user:pw@host.com'],
    ['https://user@host.com'],
    ['https://trusted.com@evil.com'],
    ['https://'],
    ['http://'],
    ['https:///path-only'],
    ['not a url'],
    ['example.com'],
    ['/relative/path'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
    ['https://exa mple.com'],
    ['https://example.com/\n'],
    ['https://example.com/\u0000'],
    ['https://example.com/\u202e'],
    [' https://example.com'],
    ['https://example.com '],
    [''],
  ])('rejects %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([
    [undefined],
    [null],
    [42],
    [{}],
    [['https://example.com']],
    [new URL('https://example.com')],
  ])('rejects the non-string %j', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });

  it('rejects over-long input and accepts up to the limit', () => {
    const base = 'https://example.com/';
    expect(isSafeExternalUrl(base + 'a'.repeat(3000 - base.length))).toBe(false);
    expect(isSafeExternalUrl(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length))).toBe(true);
    expect(isSafeExternalUrl(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length + 1))).toBe(
      false,
    );
  });
});

describe('parseExternalUrl', () => {
  it('returns the normalized URL', () => {
    expect(parseExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(parseExternalUrl('https://www.linkedin.com/jobs/search/?currentJobId=4125010828')).toBe(
      'https://www.linkedin.com/jobs/search/?currentJobId=4125010828',
    );
  });

  it('returns null for a refused URL', () => {
    expect(parseExternalUrl('javascript:alert(1)')).toBeNull();
  });
});
