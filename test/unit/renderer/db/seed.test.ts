// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import {
  ensureSampleRoles,
  listMissingSampleKeys,
  restoreMissingSampleRoles,
} from '../../../../renderer/src/db/seed';
import { deleteRole } from '../../../../renderer/src/db/roles-repo';
import { setRequirementChecked } from '../../../../renderer/src/db/requirements-repo';
import { parsePosting } from '../../../../shared/parser';
import { checklistProgress } from '../../../../shared/domain/progress';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

async function roleBySeed(key: string) {
  const role = await db.roles.where('seedKey').equals(key).first();
  if (!role) throw new Error(`no role for ${key}`);
  return role;
}

describe('ensureSampleRoles', () => {
  it('stores each sample with its posting, parsed checklist, an interested application and an activity', async () => {
    db = freshDb();
    const outcome = await ensureSampleRoles(db, SAMPLE_ROLES, 1000);
    expect(outcome.added).toHaveLength(5);
    expect(await db.roles.count()).toBe(5);
    expect(await db.postings.count()).toBe(5);
    expect(await db.applications.count()).toBe(5);
    expect(await db.activities.count()).toBe(5);

    for (const sample of SAMPLE_ROLES) {
      const role = await roleBySeed(sample.seedKey);
      expect(role).toMatchObject({
        title: sample.title,
        company: sample.company,
        team: sample.team,
        location: sample.location,
        sourceUrl: sample.sourceUrl,
        archived: 0,
        createdAt: 1000,
      });
      expect((await db.postings.get(role.id))?.text).toBe(sample.text);
      const requirements = await db.requirements.where('roleId').equals(role.id).sortBy('order');
      expect(requirements.map((r) => ({ text: r.text, kind: r.kind }))).toEqual(
        parsePosting(sample.text).requirements.map(({ text, kind }) => ({ text, kind })),
      );
      expect(requirements.every((r) => r.checked === 0 && r.origin === 'posting')).toBe(true);
      expect(role.progress).toEqual(checklistProgress(requirements));
      expect(role.progress.required.total).toBeGreaterThan(0);
      const applications = await db.applications.where('roleId').equals(role.id).toArray();
      expect(applications.map((a) => a.status)).toEqual(['interested']);
    }
  });

  it('never duplicates on relaunch', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const requirementCount = await db.requirements.count();
    const second = await ensureSampleRoles(db, SAMPLE_ROLES);
    expect(second.added).toEqual([]);
    expect(await db.roles.count()).toBe(5);
    expect(await db.requirements.count()).toBe(requirementCount);
    expect(await db.applications.count()).toBe(5);
  });

  it('never overwrites the user’s edits', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const role = await roleBySeed('canonical-em-hpc');
    await db.roles.update(role.id, { title: 'HPC manager (my notes)' });
    const first = await db.requirements.where('roleId').equals(role.id).first();
    if (!first) throw new Error('no requirement');
    await setRequirementChecked(db, first.id, true);

    await ensureSampleRoles(db, SAMPLE_ROLES);
    expect((await db.roles.get(role.id))?.title).toBe('HPC manager (my notes)');
    expect((await db.requirements.get(first.id))?.checked).toBe(1);
  });

  it('keeps a deleted sample deleted', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const role = await roleBySeed('canonical-em-lxd');
    await deleteRole(db, role.id);

    const again = await ensureSampleRoles(db, SAMPLE_ROLES);
    expect(again.added).toEqual([]);
    expect(await db.roles.count()).toBe(4);
    expect(await db.requirements.where('roleId').equals(role.id).count()).toBe(0);
    expect(await listMissingSampleKeys(db, SAMPLE_ROLES)).toEqual(['canonical-em-lxd']);
  });

  it('does not duplicate a sample already present when its bookkeeping is lost', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    await db.meta.put({ key: 'seeds', value: 'not the expected shape' });
    expect((await ensureSampleRoles(db, SAMPLE_ROLES)).added).toEqual([]);
    expect(await db.roles.count()).toBe(5);
  });

  it('adds nothing when any write fails (one transaction)', async () => {
    db = freshDb();
    let calls = 0;
    db.applications.hook('creating', () => {
      calls += 1;
      if (calls === 3) throw new Error('disk full');
    });
    await expect(ensureSampleRoles(db, SAMPLE_ROLES)).rejects.toThrow('disk full');
    expect(await db.roles.count()).toBe(0);
    expect(await db.requirements.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});

describe('restoreMissingSampleRoles', () => {
  it('brings back only the missing samples and leaves the others as they are', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const kept = await roleBySeed('canonical-em-mlops');
    await db.roles.update(kept.id, { title: 'Edited' });
    await deleteRole(db, (await roleBySeed('canonical-em-lxd')).id);
    await deleteRole(db, (await roleBySeed('canonical-director-landscape')).id);

    const outcome = await restoreMissingSampleRoles(db, SAMPLE_ROLES);
    expect(outcome.added.sort()).toEqual(['canonical-director-landscape', 'canonical-em-lxd']);
    expect(await db.roles.count()).toBe(5);
    expect((await db.roles.get(kept.id))?.title).toBe('Edited');
    expect(await listMissingSampleKeys(db, SAMPLE_ROLES)).toEqual([]);

    expect((await restoreMissingSampleRoles(db, SAMPLE_ROLES)).added).toEqual([]);
    expect(await db.roles.count()).toBe(5);
  });
});
