// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import type { Note } from '../../../../../shared/domain/model';
import { roleBySeedKey, sampleSearchDbs } from './search-fixture';

const sampleDb = sampleSearchDbs();

async function idOf(db: ShortlistDb, seedKey: string): Promise<string> {
  return (await roleBySeedKey(db, seedKey)).id;
}

function note(roleId: string, body: string): Note {
  return {
    id: crypto.randomUUID(),
    roleId,
    title: 'Prep',
    body,
    tags: [],
    pinned: 0,
    createdAt: 5,
    updatedAt: 5,
  };
}

describe('the persisted index and a restore', () => {
  it('follows a restore that replaces all data, and is never part of a backup', async () => {
    const source = await sampleDb();
    const sourceLxd = await idOf(source.db, 'canonical-em-lxd');
    await source.db.notes.add(note(sourceLxd, 'Ask about the quokka'));
    const text = await createBackupText(source.db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
    // The backup holds the app's tables only: no index rows, no vocabulary.
    expect(text).not.toContain('roleWords');
    const valid = validateBackup(text);
    if (!valid.ok) throw new Error(valid.error);

    const target = await sampleDb();
    const targetHpc = await idOf(target.db, 'canonical-em-hpc');
    await target.db.notes.add(note(targetHpc, 'The Zanzibar offsite'));
    await target.search.keeper.settled();
    expect(await target.search.persisted.roleIds('zanzibar')).toEqual(new Set([targetHpc]));

    await restoreBackup(target.db, valid.backup);
    await target.search.keeper.idle();
    const persisted = target.search.persisted;
    expect(await persisted.roleIds('zanzibar')).toEqual(new Set());
    expect(await persisted.roleIds('quokka')).toEqual(new Set([sourceLxd]));
    // Rows only for the restored roles: the replaced ones are gone from the index.
    const rows = await target.search.keeper.store.roleWords.toCollection().primaryKeys();
    expect(rows.sort()).toEqual((await target.db.roles.toCollection().primaryKeys()).sort());
    // And it answers as the source's own index does.
    for (const query of ['LXD', 'kubeflow', 'infiniband hpc', 'landscape', 'kubernets']) {
      expect(await persisted.roleIds(query), query).toEqual(
        await source.search.persisted.roleIds(query),
      );
    }
  });
});
