// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import {
  listApplications,
  reapply,
  setApplicationStatus,
  updateApplication,
} from '../../../../renderer/src/db/applications-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import type { Application } from '../../../../shared/domain/model';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

const SEEDED_AT = new Date(2026, 2, 1, 9, 0).getTime();
const NOW = new Date(2026, 2, 3, 15, 42).getTime();
const MIDNIGHT = new Date(2026, 2, 3).getTime();

/** A fresh database with the samples; returns the LXD role's id and application. */
async function seeded(): Promise<{ roleId: string; application: Application }> {
  db = freshDb();
  return seededRole(db, SEEDED_AT);
}

describe('setApplicationStatus', () => {
  it('changes the status and logs it, moving the role’s last activity', async () => {
    const { roleId, application } = await seeded();
    const saved = expectOk(await setApplicationStatus(db, application.id, 'screening', NOW));
    expect(saved).toMatchObject({ status: 'screening', updatedAt: NOW });

    const [latest] = await listActivities(db, roleId);
    expect(latest).toMatchObject({
      roleId,
      applicationId: application.id,
      type: 'status-changed',
      at: NOW,
      summary: 'Status: interested → screening',
    });
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(NOW);
    const summary = (await listRoleSummaries(db)).find((r) => r.id === roleId);
    expect(summary?.status).toBe('screening');
  });

  it('writes nothing when the activity cannot be logged', async () => {
    const { roleId, application } = await seeded();
    const failActivity = () => {
      throw new Error('activity log unavailable');
    };
    db.activities.hook('creating', failActivity);
    await expect(setApplicationStatus(db, application.id, 'applied', NOW)).rejects.toThrow(
      'activity log unavailable',
    );
    db.activities.hook('creating').unsubscribe(failActivity);

    const stored = await db.applications.get(application.id);
    expect(stored?.status).toBe('interested');
    expect(stored?.appliedAt).toBeUndefined();
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(SEEDED_AT);
    expect((await listActivities(db, roleId)).map((a) => a.type)).toEqual(['role-created']);
  });

  it('dates a move to applied today, unless an applied date is already set', async () => {
    const { application } = await seeded();
    expectOk(await setApplicationStatus(db, application.id, 'applied', NOW));
    expect((await db.applications.get(application.id))?.appliedAt).toBe(MIDNIGHT);

    const otherRole = (await listRoleSummaries(db)).find((r) => r.title.includes('HPC'));
    const other = await getCurrentApplication(db, otherRole?.id ?? '');
    if (!other) throw new Error('HPC application missing');
    const past = new Date(2026, 0, 15).getTime();
    expectOk(await updateApplication(db, other.id, { appliedAt: past }, NOW));
    expectOk(await setApplicationStatus(db, other.id, 'applied', NOW));
    expect((await db.applications.get(other.id))?.appliedAt).toBe(past);
  });

  it('logs nothing when the status is unchanged, and reports a missing application', async () => {
    const { roleId, application } = await seeded();
    expectOk(await setApplicationStatus(db, application.id, 'interested', NOW));
    expect(await listActivities(db, roleId)).toHaveLength(1);

    const missing = await setApplicationStatus(db, 'no-such-id', 'offer', NOW);
    expect(missing.ok).toBe(false);
    expect(await db.activities.count()).toBe(5);
  });

  it('records a walk through the pipeline as one activity per step', async () => {
    const { roleId, application } = await seeded();
    for (const [i, status] of (['applied', 'screening', 'interviewing'] as const).entries()) {
      expectOk(await setApplicationStatus(db, application.id, status, NOW + i));
    }
    const summaries = (await listActivities(db, roleId)).map((a) => a.summary);
    expect(summaries).toEqual([
      'Status: screening → interviewing',
      'Status: applied → screening',
      'Status: interested → applied',
      'Added Engineering Manager, LXD',
    ]);
  });
});

describe('updateApplication', () => {
  it('saves a validated patch, trimming text and clearing fields with null', async () => {
    const { application } = await seeded();
    const due = new Date(2026, 2, 10).getTime();
    const saved = expectOk(
      await updateApplication(
        db,
        application.id,
        {
          nextAction: '  Send written answers ',
          nextActionDue: due,
          priority: 4,
          channel: 'Referral',
        },
        NOW,
      ),
    );
    expect(saved).toMatchObject({
      nextAction: 'Send written answers',
      nextActionDue: due,
      priority: 4,
      channel: 'Referral',
      status: 'interested',
      updatedAt: NOW,
    });

    expectOk(await updateApplication(db, application.id, { priority: null, nextActionDue: null }));
    const cleared = await db.applications.get(application.id);
    expect(cleared?.priority).toBeUndefined();
    expect(cleared?.nextActionDue).toBeUndefined();
    expect(cleared && 'priority' in cleared).toBe(false);
    expect(cleared?.nextAction).toBe('Send written answers');
  });

  it('rejects bad values and writes nothing', async () => {
    const { application } = await seeded();
    const bad: unknown[] = [
      { priority: 0 },
      { priority: 6 },
      { priority: 2.5 },
      { priority: '3' },
      { appliedAt: Number.NaN },
      { appliedAt: 'yesterday' },
      { nextActionDue: 1e17 },
      { contact: 'x'.repeat(201) },
      { compensationNotes: 42 },
      { status: 'offer' },
      { roleId: 'elsewhere' },
      null,
      'priority=3',
    ];
    for (const patch of bad) {
      const result = await updateApplication(db, application.id, patch, NOW);
      expect(result.ok, JSON.stringify(patch)).toBe(false);
    }
    const priority = await updateApplication(db, application.id, { priority: 9 }, NOW);
    expect(priority.ok ? '' : priority.error).toMatch(/^Not saved: priority: /);
    expect(await db.applications.get(application.id)).toEqual(application);
  });

  it('reports an application that no longer exists', async () => {
    await seeded();
    const result = await updateApplication(db, 'no-such-id', { contact: 'Ana' }, NOW);
    expect(result.ok).toBe(false);
    expect(await db.applications.get('no-such-id')).toBeUndefined();
  });
});

describe('reapply', () => {
  it('starts a second application that becomes the current one, and logs it', async () => {
    const { roleId, application } = await seeded();
    expectOk(await setApplicationStatus(db, application.id, 'rejected', NOW));
    const later = NOW + 86_400_000;
    const second = expectOk(await reapply(db, roleId, 'applied', later));
    expect(second).toMatchObject({ roleId, status: 'applied', createdAt: later });
    expect(second.appliedAt).toBe(new Date(2026, 2, 4).getTime());

    expect((await getCurrentApplication(db, roleId))?.id).toBe(second.id);
    expect((await listApplications(db, roleId)).map((a) => a.status)).toEqual([
      'applied',
      'rejected',
    ]);
    expect((await listRoleSummaries(db)).find((r) => r.id === roleId)?.status).toBe('applied');
    const [latest] = await listActivities(db, roleId);
    expect(latest).toMatchObject({
      applicationId: second.id,
      type: 'status-changed',
      summary: 'Re-applied (applied); earlier application: rejected',
    });
  });

  it('refuses to change the status of a superseded application', async () => {
    const { roleId, application } = await seeded();
    expectOk(await reapply(db, roleId, 'applied', NOW));
    const logged = await db.activities.count();
    const result = await setApplicationStatus(db, application.id, 'screening', NOW + 1);
    expect(result.ok).toBe(false);
    expect((await db.applications.get(application.id))?.status).toBe('interested');
    expect(await db.activities.count()).toBe(logged);
  });

  it('is current even when the clock is behind the earlier application', async () => {
    const { roleId, application } = await seeded();
    const first = expectOk(await reapply(db, roleId, 'interested', SEEDED_AT - 5000));
    expect(first.createdAt).toBe(application.createdAt + 1);
    expect(first.appliedAt).toBeUndefined();
    const second = expectOk(await reapply(db, roleId, 'interested', SEEDED_AT));
    expect(second.createdAt).toBe(application.createdAt + 2);
    expect((await getCurrentApplication(db, roleId))?.id).toBe(second.id);
  });

  it('starts a first application for a role with none, and refuses a missing role', async () => {
    const { roleId } = await seeded();
    await db.applications.where('roleId').equals(roleId).delete();
    const first = expectOk(await reapply(db, roleId, 'interested', NOW));
    expect((await listActivities(db, roleId))[0]?.summary).toBe(
      'Started an application (interested)',
    );
    expect((await getCurrentApplication(db, roleId))?.id).toBe(first.id);

    const before = await db.applications.count();
    expect((await reapply(db, 'no-such-role', 'applied', NOW)).ok).toBe(false);
    expect(await db.applications.count()).toBe(before);
  });
});
