// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSeal, sha256Hex } from '../../../../../renderer/src/db/backup/backup-checksum';
import {
  createBackupBlob,
  createBackupText,
} from '../../../../../renderer/src/db/backup/create-backup';
import { checkBackup } from '../../../../../renderer/src/db/backup/upgrade-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { freshDb } from '../test-db';
import { seedRichly } from './backup-fixtures';

let db: ShortlistDb;
let good: string;

beforeAll(async () => {
  db = freshDb();
  await seedRichly(db);
  good = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
});
afterAll(async () => {
  await db.delete();
});

/** The file with one letter inside a string changed: still valid JSON and valid rows. */
function flipOneByte(text: string): string {
  const at = text.indexOf('Engineering Manager');
  expect(at).toBeGreaterThan(0);
  return `${text.slice(0, at)}E${text[at + 1] === 'n' ? 'm' : 'n'}${text.slice(at + 2)}`;
}

describe('backup checksums', () => {
  it('a new backup carries the SHA-256 of its text and passes as sealed', async () => {
    const header = (JSON.parse(good) as { shortlist: { sha256: string } }).shortlist;
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/u);
    const blank = good.replace(`"sha256":"${header.sha256}"`, '"sha256":""');
    expect(await sha256Hex(blank)).toBe(header.sha256);
    expect(await checkSeal(good, header.sha256)).toBe('sealed');
    const checked = await checkBackup(good);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.backup.unsealed).toBeUndefined();
  });

  it('refuses a file with one flipped byte inside a string, by its checksum', async () => {
    const damaged = flipOneByte(good);
    expect(damaged).not.toBe(good);
    expect(() => JSON.parse(damaged) as unknown).not.toThrow();
    const checked = await checkBackup(damaged);
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(/changed or damaged/u) as unknown,
    });
  });

  it('refuses a file whose checksum itself was altered', async () => {
    const header = (JSON.parse(good) as { shortlist: { sha256: string } }).shortlist;
    const other = header.sha256.replace(/^./u, (c) => (c === '0' ? '1' : '0'));
    const checked = await checkBackup(good.replace(header.sha256, other));
    expect(checked).toEqual({
      ok: false,
      error: expect.stringMatching(/changed or damaged/u) as unknown,
    });
  });

  it('lets an older file without a checksum through, marked as unsealed', async () => {
    const json = JSON.parse(good) as { shortlist: Record<string, unknown> };
    delete json.shortlist.sha256;
    const checked = await checkBackup(JSON.stringify(json));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.backup.unsealed).toBe(true);
  });

  it('a backup cancelled while it runs rejects with an AbortError instead of a file', async () => {
    const controller = new AbortController();
    const made = createBackupBlob(db, {
      appVersion: '1.0.0',
      signal: controller.signal,
      onProgress: () => {
        controller.abort();
      },
    });
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
  });
});
