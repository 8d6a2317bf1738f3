// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askCorpus } from '../../../../renderer/src/db/ask-corpus';
import { openShortlistDb, type ShortlistDb } from '../../../../renderer/src/db/db';
import { setRequirementChecked } from '../../../../renderer/src/db/requirements-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import { findSimilarAsks } from '../../../../renderer/src/db/similar-asks-repo';
import type { Requirement } from '../../../../shared/domain/model';
import { buildSuggestionIndex, similarAsksTo } from '../../../../shared/similarity/index';
import { freshDb } from './test-db';

let db: ShortlistDb;

beforeEach(async () => {
  db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
});
afterEach(async () => {
  askCorpus(db).close();
  await db.delete();
});

async function itemStarting(text: string): Promise<Requirement> {
  const found = (await db.requirements.toArray()).find((item) => item.text.startsWith(text));
  if (!found) throw new Error(`no item starting ${text}`);
  return found;
}

/** The suggestions as a fresh index over everything read now would give them. */
async function fromScratch(id: string) {
  const all = await db.requirements.orderBy('id').toArray();
  const index = buildSuggestionIndex(
    all.map((item) => ({ id: item.id, roleId: item.roleId, text: item.text })),
  );
  return similarAsksTo(index, id, 5).map((one) => [one.item.id, one.score, one.shared]);
}

async function suggested(id: string) {
  return (await findSimilarAsks(db, id)).map((ask) => [ask.requirement.id, ask.score, ask.shared]);
}

describe('the ask corpus behind "Also asked by"', () => {
  it('reads every item once: ticks and story links are not a reason to read them all again', async () => {
    const lxd = await itemStarting('Technical leadership experience and a background');
    const read = vi.spyOn(db.requirements, 'toArray');
    expect(await suggested(lxd.id)).toEqual(await fromScratch(lxd.id));
    const reads = read.mock.calls.length;
    await setRequirementChecked(db, lxd.id, true);
    const again = await findSimilarAsks(db, lxd.id);
    expect(read.mock.calls.length).toBe(reads);
    expect(again.length).toBeGreaterThan(0);
  });

  it("follows this window's new, reworded, moved and deleted items as a full read would", async () => {
    const lxd = await itemStarting('Technical leadership experience and a background');
    const server = await itemStarting('Technical leadership and a solid background');
    const travel = await itemStarting('Willingness to travel');
    await findSimilarAsks(db, lxd.id);
    const read = vi.spyOn(db.requirements, 'toArray');
    await db.requirements.update(server.id, { text: 'Fluent in Rust' });
    const copy = { ...server, id: 'copy', text: lxd.text };
    await db.requirements.add(copy);
    await db.requirements.delete(travel.id);
    expect(read).not.toHaveBeenCalled();
    for (const id of [lxd.id, server.id, copy.id]) {
      expect(await suggested(id)).toEqual(await fromScratch(id));
    }
    expect((await findSimilarAsks(db, lxd.id)).some((ask) => ask.requirement.id === 'copy')).toBe(
      true,
    );
    expect(await findSimilarAsks(db, travel.id)).toEqual([]);
  });

  it('reads everything again after another window changed an item', async () => {
    const lxd = await itemStarting('Technical leadership experience and a background');
    const server = await itemStarting('Technical leadership and a solid background');
    expect((await findSimilarAsks(db, lxd.id)).map((ask) => ask.requirement.id)).toContain(
      server.id,
    );
    // Another window: its own connection to the same database.
    const other = openShortlistDb(db.name);
    await other.requirements.update(server.id, { text: 'Fluent in Rust' });
    other.close();
    expect((await findSimilarAsks(db, lxd.id)).map((ask) => ask.requirement.id)).not.toContain(
      server.id,
    );
    expect(await suggested(lxd.id)).toEqual(await fromScratch(lxd.id));
  });

  it("follows a restore here (a clear() and the backup's items in one transaction)", async () => {
    const lxd = await itemStarting('Technical leadership experience and a background');
    const server = await itemStarting('Technical leadership and a solid background');
    expect((await findSimilarAsks(db, lxd.id)).map((ask) => ask.requirement.id)).toContain(
      server.id,
    );
    const kept = (await db.requirements.toArray()).filter((item) => item.id !== server.id);
    await db.transaction('rw', db.requirements, async () => {
      await db.requirements.clear();
      await db.requirements.bulkAdd(kept);
    });
    expect((await findSimilarAsks(db, lxd.id)).map((ask) => ask.requirement.id)).not.toContain(
      server.id,
    );
    expect(await suggested(lxd.id)).toEqual(await fromScratch(lxd.id));
  });
});
