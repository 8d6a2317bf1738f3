// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { compareRows, diffWithBackup } from '../../../../../renderer/src/db/backup/restore-diff';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import { createNote } from '../../../../../renderer/src/db/notes-repo';
import { setRequirementChecked } from '../../../../../renderer/src/db/requirements-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { freshDb } from '../test-db';

let db: ShortlistDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('what a restore would change', () => {
  it('compares rows by key, whatever the order of their fields', () => {
    const now = [
      { id: 'a', title: 'A', n: 1 },
      { id: 'b', title: 'B', n: 2 },
      { id: 'c', title: 'C', n: 3 },
    ];
    const backup = [
      { n: 1, title: 'A', id: 'a' },
      { id: 'b', title: 'B (old)', n: 2 },
      { id: 'd', title: 'D', n: 4 },
    ];
    expect(compareRows('roles', now, backup)).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(compareRows('roles', now, now)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('shows a tick and a note made since the backup as what the restore undoes', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
    const text = await createBackupText(db, { appVersion: '1.0.0', now: 2_000 });
    const checked = validateBackup(text);
    if (!checked.ok) throw new Error(checked.error);
    expect((await diffWithBackup(db, checked.backup)).requirements).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
    });

    const [item] = await db.requirements.toArray();
    if (!item) throw new Error('no item');
    await setRequirementChecked(db, item.id, true, 3_000);
    const role = await db.roles.get(item.roleId);
    if (!role) throw new Error('no role');
    const note = await createNote(db, role.id, { title: 'Since the backup', body: 'x' }, 4_000);
    expect(note.ok).toBe(true);

    const changes = await diffWithBackup(db, checked.backup);
    expect(changes.requirements).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(changes.notes).toEqual({ added: 0, removed: 1, changed: 0 });
    // The tick and the note were logged, and the tick moved the role's progress: all undone too.
    expect(changes.activities.removed).toBe(2);
    expect(changes.roles.changed).toBe(1);
  });
});
