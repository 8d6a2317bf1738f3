// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { setSetting } from '../../../../renderer/src/db/settings-repo';
import {
  isStorageFullError,
  STORAGE_FULL_MESSAGE,
  StorageFullError,
} from '../../../../renderer/src/db/storage-full';
import { probeWritable, storageStatus } from '../../../../renderer/src/db/storage-status';
import { fakeStorage } from './full-storage';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('storage status', () => {
  it('turns read-only when a write fails for lack of space, and says so on every later write', async () => {
    const storage = fakeStorage();
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES, 1000);
    const status = storageStatus(db);
    const changes = vi.fn();
    status.subscribe(changes);
    storage.fill();

    const failed = await setSetting(db, 'columns', { team: false }).catch((e: unknown) => e);
    expect(isStorageFullError(failed)).toBe(true);
    expect(status.snapshot()).toEqual({ full: true, checking: false });
    expect(changes).toHaveBeenCalledTimes(1);

    // Refused at once with the message editors show, even a write that would fit.
    storage.free();
    storage.reset();
    await expect(setSetting(db, 'columns', { team: false })).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(db.roles.clear()).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(await db.meta.get('setting:columns')).toBeUndefined();
    // Reading goes on.
    expect(await db.roles.count()).toBe(5);
  });

  it('stays read-only while a recheck finds no space, and leaves it once there is', async () => {
    const storage = fakeStorage();
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES, 1000);
    const status = storageStatus(db);
    storage.fill();
    status.markFull();
    await expect(status.recheck()).resolves.toBe(false);
    expect(status.full).toBe(true);

    storage.free();
    await expect(status.recheck()).resolves.toBe(true);
    expect(status.snapshot()).toEqual({ full: false, checking: false });
    await setSetting(db, 'columns', { team: false });
    expect((await db.meta.get('setting:columns'))?.value).toEqual({ team: false });
  });

  it('probes with a write that leaves nothing behind', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES, 1000);
    const before = await db.meta.toArray();
    await expect(probeWritable(db)).resolves.toBe(true);
    expect(await db.meta.toArray()).toEqual(before);
  });

  it('is one status per database', () => {
    db = freshDb();
    expect(storageStatus(db)).toBe(storageStatus(db));
    expect(storageStatus(db)).not.toBe(storageStatus(freshDb()));
  });
});

describe('isStorageFullError', () => {
  it('recognises the quota error, bare or wrapped by Dexie, and a full disk', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isStorageFullError(quota)).toBe(true);
    expect(isStorageFullError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isStorageFullError(new Dexie.OpenFailedError('open', quota))).toBe(true);
    expect(isStorageFullError(new StorageFullError())).toBe(true);
    expect(String(new StorageFullError())).toBe(STORAGE_FULL_MESSAGE);
    expect(isStorageFullError(new Error('write failed: No space left on device'))).toBe(true);
  });

  it('does not mistake other failures or odd values for it', () => {
    expect(isStorageFullError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isStorageFullError(new Error('boom'))).toBe(false);
    expect(isStorageFullError(null)).toBe(false);
    expect(isStorageFullError('QuotaExceededError')).toBe(false);
    const cycle: { name: string; inner?: unknown } = { name: 'AbortError' };
    cycle.inner = cycle;
    expect(isStorageFullError(cycle)).toBe(false);
  });
});
