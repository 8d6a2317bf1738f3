// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allRolesToMarkdown } from '../../../../../shared/export/all-roles';
import type { ExportFile } from '../../../../../shared/export/types';
import { ok } from '../../../../../shared/ipc/result';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { loadRoleExport } from '../../../../../renderer/src/db/export-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { runExportAll } from '../../../../../renderer/src/features/export/export-all-run';
import type { FolderWriter } from '../../../../../renderer/src/platform/types';
import { freshDb } from '../../db/test-db';

const OPTIONS = { exportedAt: Date.UTC(2026, 11, 1, 12), timeZone: 'Europe/London' };
/** Every step "takes" a whole slice, so the run pauses after each file. */
const slices = {
  now: (() => {
    let clock = 0;
    return () => (clock += 20);
  })(),
};

let db: ShortlistDb;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
});

afterEach(async () => {
  await db.delete();
});

/** A writer that records what it is handed. */
function recordingWriter() {
  const batches: ExportFile[][] = [];
  const log: string[] = [];
  const writer: FolderWriter = {
    write: (files) => {
      batches.push([...files]);
      log.push(`write ${String(files.length)}`);
      return Promise.resolve(ok(null));
    },
    finish: () => {
      log.push('finish');
      return Promise.resolve(ok({ status: 'saved', path: '/chosen/roles' }));
    },
    abort: () => {
      log.push('abort');
      return Promise.resolve();
    },
  };
  return { writer, batches, log };
}

describe('runExportAll', () => {
  it('hands the files over a slice at a time, index.md last, the same files as all at once', async () => {
    const { writer, batches, log } = recordingWriter();
    const folders: string[] = [];
    const outcome = await runExportAll({
      db,
      options: OPTIONS,
      openWriter: (name) => {
        folders.push(name);
        return Promise.resolve(ok(writer));
      },
      sliceRoles: 2,
      slices,
    });
    expect(outcome).toEqual({
      status: 'finished',
      result: { ok: true, value: { status: 'saved', path: '/chosen/roles' } },
    });
    expect(folders).toHaveLength(1);
    // Five roles in slices of two, then the index, then finish.
    expect(log).toEqual(['write 2', 'write 2', 'write 1', 'write 1', 'finish']);
    expect(batches.at(-1)?.map((file) => file.name)).toEqual(['index.md']);
    const everything = await Promise.all(
      (await db.roles.toArray()).map(async (role) => loadRoleExport(db, role.id)),
    );
    const whole = allRolesToMarkdown(
      everything.flatMap((data) => (data ? [data] : [])),
      OPTIONS,
    );
    const byName = (files: ExportFile[]) => [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byName(batches.flat())).toEqual(byName(whole));
  });

  it('cancelled while writing, gives the writer up and never finishes it', async () => {
    const { writer, log } = recordingWriter();
    const controller = new AbortController();
    const outcome = await runExportAll({
      db,
      options: OPTIONS,
      openWriter: () => Promise.resolve(ok(writer)),
      sliceRoles: 2,
      slices,
      signal: controller.signal,
      report: (phase, done) => {
        if (phase === 'writing' && done === 3) controller.abort();
      },
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(log).toEqual(['write 2', 'abort']);
  });

  it('says so when there is nothing to export, without opening anything', async () => {
    await db.roles.clear();
    const outcome = await runExportAll({
      db,
      options: OPTIONS,
      openWriter: () => {
        throw new Error('opened');
      },
    });
    expect(outcome).toEqual({ status: 'empty' });
  });

  it('is cancelled when the user cancels the folder dialog', async () => {
    const outcome = await runExportAll({
      db,
      options: OPTIONS,
      openWriter: () => Promise.resolve(ok(null)),
    });
    expect(outcome).toEqual({ status: 'cancelled' });
  });
});
