/**
 * A backup's SHA-256, kept in its header: restore refuses a file whose text changed
 * after it was made (a flipped byte, a hand edit) instead of restoring something the
 * applicant never had. The hash covers the whole file with the checksum itself blank,
 * so header and data are both protected and no parsing is needed to check it.
 */

/** The checksum as the header holds it before it is known. */
const BLANK = '"sha256":""';
const FILLED = /"sha256":"([0-9a-f]{64})"/u;

/** The SHA-256 of `text` (UTF-8) in lowercase hex, with Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Fills the blank checksum of a freshly written backup (its header has `"sha256":""`). */
export async function sealBackup(text: string): Promise<string> {
  const at = text.indexOf(BLANK);
  if (at < 0) throw new Error('The backup has no place for its checksum.');
  const hash = await sha256Hex(text);
  return `${text.slice(0, at)}"sha256":"${hash}"${text.slice(at + BLANK.length)}`;
}

/**
 * What a file's checksum says: `sealed` when it matches, `changed` when the text is not
 * what was hashed, `missing` for a file made before backups carried one.
 */
export type ChecksumStatus = 'sealed' | 'changed' | 'missing';

/** Checks the checksum of a backup's text against the one in its header (`expected`). */
export async function checkSeal(
  text: string,
  expected: string | undefined,
): Promise<ChecksumStatus> {
  if (expected === undefined) return 'missing';
  const match = FILLED.exec(text);
  if (!match || match[1] !== expected) return 'changed';
  const blanked = text.slice(0, match.index) + BLANK + text.slice(match.index + match[0].length);
  return (await sha256Hex(blanked)) === expected ? 'sealed' : 'changed';
}
