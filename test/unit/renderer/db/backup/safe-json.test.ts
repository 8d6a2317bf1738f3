import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from '../../../../../renderer/src/db/backup/safe-json';

/** Bytes decoded as a browser's File.text() decodes them: invalid UTF-8 becomes U+FFFD. */
function decoded(bytes: number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('parseUntrustedJson', () => {
  it('calls a binary file what it is instead of echoing its bytes', () => {
    const zip = decoded([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x08, 0, 0x63, 0x51, 0xff, 0x51, 0x24, 0xfe,
    ]);
    const garbage = decoded([0x63, 0x51, 0xff, 0x51, 0x24, 0xfe, 0x6c, 0x3d, 0xfd, 0x81, 0x82]);
    for (const text of [zip, garbage]) {
      const result = parseUntrustedJson(text);
      expect(result).toEqual({
        ok: false,
        error: 'it is not a text file (a Shortlist backup is a JSON text file)',
      });
    }
  });

  it('quotes only printable text from the parser message', () => {
    const result = parseUntrustedJson('not json \u0007\u001b at all');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^it is not valid JSON \(/u);
    expect(result.error).not.toMatch(/[\p{Cc}\uFFFD]/u);
  });

  it('still reads valid JSON and refuses prototype keys', () => {
    expect(parseUntrustedJson('{"a":[1,"é"]}')).toEqual({ ok: true, value: { a: [1, 'é'] } });
    expect(parseUntrustedJson('{"__proto__":{}}').ok).toBe(false);
  });
});
