// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupText } from '../../../../../renderer/src/db/backup/create-backup';
import { restoreBackup } from '../../../../../renderer/src/db/backup/restore-backup';
import { checkBackup } from '../../../../../renderer/src/db/backup/upgrade-backup';
import { validateBackup } from '../../../../../renderer/src/db/backup/validate-backup';
import { openShortlistDb, type ShortlistDb } from '../../../../../renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../../../renderer/src/db/schema';
import { freshDb } from '../test-db';
import { deleteTracked, linkRichly, seedRichly, snapshot, track } from './backup-fixtures';
import { editBackup, tableRows, type BackupJson, type Row } from './backup-json';

let db: ShortlistDb;
let good: string;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  db = track(freshDb());
  await seedRichly(db);
  await linkRichly(db);
  good = await createBackupText(db, { appVersion: '1.0.0', now: 1_750_000_000_000 });
  before = await snapshot(db);
});
afterAll(deleteTracked);

function edited(edit: (json: BackupJson) => void): string {
  return editBackup(good, edit);
}

const rows = tableRows;

function nth(json: BackupJson, table: string, index = 0): Row {
  const row = rows(json, table)[index];
  if (!row) throw new Error(`no ${table} row ${String(index)}`);
  return row;
}

/** A row of `table` that belongs to another role than `roleId`. */
function ofAnotherRole(json: BackupJson, table: string, roleId: unknown): Row {
  const row = rows(json, table).find((candidate) => candidate.roleId !== roleId);
  if (!row) throw new Error(`no ${table} row of another role`);
  return row;
}

/** Removes `table`'s first row, keeping the table list's row count true. */
function dropFirst(json: BackupJson, table: string): Row {
  const [row] = rows(json, table).splice(0, 1);
  const listed = json.data.tables?.find((candidate) => candidate.name === table);
  if (!row || !listed) throw new Error(`no ${table} row`);
  listed.rowCount -= 1;
  return row;
}

/** Refused by the whole restore path with `message`, and the database is unchanged. */
async function expectRefused(text: string, message: string | RegExp): Promise<void> {
  const result = await checkBackup(text);
  if (result.ok) await restoreBackup(db, result.backup);
  expect(result.ok ? 'restored' : result.error).toMatch(message);
  expect(await snapshot(db)).toStrictEqual(before);
}

const DAMAGED = 'This backup is damaged: ';

describe('a genuine backup keeps every link the app makes', () => {
  it('passes, and restores deep-equal into another database', async () => {
    const json = JSON.parse(good) as BackupJson;
    const stageIds = new Set(rows(json, 'stages').map((stage) => stage.id));
    // The links this test is about are really in the file.
    expect(rows(json, 'notes').some((n) => n.stageId && stageIds.has(n.stageId))).toBe(true);
    expect(rows(json, 'notes').some((n) => n.stageId && !stageIds.has(n.stageId))).toBe(true);
    expect(rows(json, 'stages').some((s) => (s.probeRequirementIds as unknown[]).length > 0)).toBe(
      true,
    );
    expect(rows(json, 'requirements').some((r) => (r.storyIds as unknown[]).length > 0)).toBe(true);
    expect(rows(json, 'applications').length).toBeGreaterThan(rows(json, 'roles').length);
    expect(validateBackup(good).ok).toBe(true);
    const result = await checkBackup(good);
    if (!result.ok) throw new Error(result.error);
    const target = track(freshDb());
    await restoreBackup(target, result.backup);
    expect(await snapshot(target)).toStrictEqual(before);
  });
});

describe('leftovers the app itself can write are restored, not refused', () => {
  it('an unsaved draft of a deleted role, and a stage probing a deleted item', async () => {
    // An autosave can land just after its role or item was deleted; refusing such a file
    // would make a person's genuine backups unrestorable.
    const text = edited((json) => {
      nth(json, 'drafts').roleId = 'deleted-role';
      nth(json, 'stages').probeRequirementIds = ['deleted-item'];
    });
    const result = await checkBackup(text);
    if (!result.ok) throw new Error(result.error);
    const target = track(freshDb());
    await restoreBackup(target, result.backup);
    expect((await target.drafts.toArray()).some((d) => d.roleId === 'deleted-role')).toBe(true);
  });
});

describe('a backup whose records link to records it lacks is refused, changing nothing', () => {
  it('checklist items of a missing role: how many, and the first, shortened', async () => {
    const text = edited((json) => {
      for (const index of [0, 1, 2]) nth(json, 'requirements', index).roleId = 'gone';
      nth(json, 'requirements').text = 'Lead a team of engineers through a platform migration';
    });
    await expectRefused(
      text,
      `${DAMAGED}3 checklist items belong to a role that is not in the file ` +
        '(first: “Lead a team of engineers through a platf…”).',
    );
  });

  it('a posting of a missing role', async () => {
    const text = edited((json) => {
      nth(json, 'postings').roleId = 'gone';
    });
    await expectRefused(text, /^This backup is damaged: 1 posting belongs to a role that is not/);
  });

  it('a role without its posting', async () => {
    const text = edited((json) => {
      const posting = dropFirst(json, 'postings');
      const role = rows(json, 'roles').find((candidate) => candidate.id === posting.roleId);
      if (role) role.title = 'Orphaned role';
    });
    await expectRefused(text, `${DAMAGED}1 role has no posting (first: “Orphaned role”).`);
  });

  it('an application of a missing role, named by its id', async () => {
    let id: unknown;
    const text = edited((json) => {
      const application = nth(json, 'applications');
      application.roleId = 'gone';
      id = application.id;
    });
    await expectRefused(
      text,
      `${DAMAGED}1 application belongs to a role that is not in the file ` +
        `(first: the one with id “${String(id)}”).`,
    );
  });

  it('interview stages, notes and activity entries of a missing role', async () => {
    const cases: [string, string, string][] = [
      ['stages', 'name', '1 interview stage belongs'],
      ['notes', 'title', '1 note belongs'],
      ['activities', 'summary', '1 activity entry belongs'],
    ];
    for (const [table, field, what] of cases) {
      const text = edited((json) => {
        Object.assign(nth(json, table), { roleId: 'gone', [field]: 'evidence:named' });
      });
      await expectRefused(
        text,
        `${DAMAGED}${what} to a role that is not in the file (first: “evidence:named”).`,
      );
    }
  });

  it('an interview stage of a missing application', async () => {
    const text = edited((json) => {
      Object.assign(nth(json, 'stages'), { applicationId: 'gone', name: 'Panel' });
    });
    await expectRefused(
      text,
      `${DAMAGED}1 interview stage belongs to an application that is not in the file (first: “Panel”).`,
    );
  });

  it('an interview stage of another role’s application', async () => {
    const text = edited((json) => {
      const stage = nth(json, 'stages');
      stage.applicationId = ofAnotherRole(json, 'applications', stage.roleId).id;
    });
    await expectRefused(text, /1 interview stage belongs to an application of another role/);
  });

  it('a note naming a missing application, or another role’s', async () => {
    const missing = edited((json) => {
      nth(json, 'notes').applicationId = 'gone';
    });
    await expectRefused(missing, /1 note names an application that is not in the file or is/);
    const foreign = edited((json) => {
      const note = nth(json, 'notes');
      note.applicationId = ofAnotherRole(json, 'applications', note.roleId).id;
    });
    await expectRefused(foreign, /1 note names an application that is not in the file or is/);
  });

  it('a note tied to another role’s stage', async () => {
    const text = edited((json) => {
      const note = nth(json, 'notes');
      note.title = 'Crossed';
      note.stageId = ofAnotherRole(json, 'stages', note.roleId).id;
    });
    await expectRefused(
      text,
      `${DAMAGED}1 note is tied to an interview stage of another role (first: “Crossed”).`,
    );
  });

  it('an activity entry naming a missing application', async () => {
    const text = edited((json) => {
      const entry = rows(json, 'activities').find((row) => row.applicationId !== undefined);
      if (entry) entry.applicationId = 'gone';
    });
    await expectRefused(text, /1 activity entry names an application that is not in the file/);
  });

  it('a checklist item linked to a missing story', async () => {
    const text = edited((json) => {
      Object.assign(nth(json, 'requirements'), { storyIds: ['no-such-story'], text: 'Go' });
    });
    await expectRefused(
      text,
      `${DAMAGED}1 checklist item links to a story that is not in the file (first: “Go”).`,
    );
  });

  it('a stage probing another role’s checklist item', async () => {
    const foreign = edited((json) => {
      const stage = nth(json, 'stages');
      stage.probeRequirementIds = [ofAnotherRole(json, 'requirements', stage.roleId).id];
    });
    await expectRefused(foreign, /1 interview stage probes a checklist item of another role/);
  });

  it('a role whose progress does not match its checklist', async () => {
    const counted = edited((json) => {
      const role = nth(json, 'roles');
      role.title = 'Miscounted';
      (role.progress as { required: { done: number } }).required.done += 1;
    });
    await expectRefused(
      counted,
      `${DAMAGED}1 role has a progress count that does not match its checklist (first: “Miscounted”).`,
    );
    // A tick flipped by hand, without the recount every checklist change makes.
    const ticked = edited((json) => {
      const item = nth(json, 'requirements');
      item.checked = item.checked === 1 ? 0 : 1;
    });
    await expectRefused(ticked, /1 role has a progress count that does not match its checklist/);
  });

  it('refuses an older backup with a broken link after converting it', async () => {
    const text = edited((json) => {
      nth(json, 'notes').roleId = 'gone';
    });
    // Checked against a schema one version newer, this file goes the conversion path.
    const result = await checkBackup(text, undefined, {
      version: SCHEMA_VERSION + 1,
      open: openShortlistDb,
    });
    expect(result.ok ? 'converted' : result.error).toMatch(/^This backup is damaged: 1 note/);
    expect(await snapshot(db)).toStrictEqual(before);
  });
});
