import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../renderer/src/db/backup/backup-checksum';
import { Sha256, sha256OfBlob } from '../../../../../renderer/src/db/backup/sha256-stream';

async function webCrypto(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('Sha256', () => {
  it('gives the standard digests', () => {
    expect(new Sha256().hex()).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(new Sha256().update(new TextEncoder().encode('abc')).hex()).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives Web Crypto’s digest however the bytes are split into pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat({ max: 300 }), { maxLength: 6 }),
        async (bytes, cuts) => {
          const hash = new Sha256();
          let at = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const end = Math.min(cut, bytes.length);
            hash.update(bytes.subarray(at, Math.max(at, end)));
            at = Math.max(at, end);
          }
          hash.update(bytes.subarray(at));
          expect(hash.hex()).toBe(await webCrypto(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hashes a Blob as sha256Hex hashes the same text', async () => {
    const text = `{"a":"${'é☃ 🎉 '.repeat(50_000)}"}`;
    expect(await sha256OfBlob(new Blob([text]))).toBe(await sha256Hex(text));
  });

  it('takes nothing more once read', () => {
    const hash = new Sha256();
    hash.hex();
    expect(() => hash.update(new Uint8Array(1))).toThrow();
  });
});
