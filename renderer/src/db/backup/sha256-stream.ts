/**
 * The SHA-256 of a Blob, read a piece at a time. Web Crypto only hashes a whole buffer,
 * which for a backup of a large database meant a second copy of the file in memory;
 * @noble/hashes (audited, typed, no dependencies) hashes the pieces as they are read.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The SHA-256 of a Blob's bytes in lowercase hex; `onPiece` runs after each piece. */
export async function sha256OfBlob(blob: Blob, onPiece?: () => void): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
    onPiece?.();
  }
  return bytesToHex(hash.digest());
}
