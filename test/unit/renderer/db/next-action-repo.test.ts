// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import { listAgenda } from '../../../../renderer/src/db/agenda-repo';
import { updateApplication } from '../../../../renderer/src/db/applications-repo';
import {
  completeNextAction,
  editNextAction,
  snoozeNextAction,
  undoCompleteNextAction,
} from '../../../../renderer/src/db/next-action-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { snoozeTargets } from '../../../../shared/domain/agenda';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

const SEEDED_AT = new Date(2026, 2, 1, 9, 0).getTime();
const NOW = new Date(2026, 2, 3, 15, 42).getTime();
const YESTERDAY = new Date(2026, 2, 2).getTime();

/** The LXD role with an overdue next action "Email the recruiter". */
async function withOverdueAction(): Promise<{ roleId: string; applicationId: string }> {
  db = freshDb();
  const { roleId, application } = await seededRole(db, SEEDED_AT);
  expectOk(
    await updateApplication(db, application.id, {
      nextAction: 'Email the recruiter',
      nextActionDue: YESTERDAY,
    }),
  );
  return { roleId, applicationId: application.id };
}

describe('completeNextAction', () => {
  it('clears the action, logs it, and drops it from the Agenda; Undo brings both back', async () => {
    const { roleId, applicationId } = await withOverdueAction();
    expect((await listAgenda(db, NOW)).map((item) => item.title)).toContain('Email the recruiter');

    const done = expectOk(await completeNextAction(db, applicationId, NOW));
    const stored = await db.applications.get(applicationId);
    expect(stored?.nextAction).toBe('');
    expect(stored?.nextActionDue).toBeUndefined();
    const [latest] = await listActivities(db, roleId);
    expect(latest).toMatchObject({ type: 'next-action', summary: 'Done: Email the recruiter' });
    expect((await listAgenda(db, NOW)).map((item) => item.title)).not.toContain(
      'Email the recruiter',
    );

    expectOk(await undoCompleteNextAction(db, done, NOW + 1000));
    const back = await db.applications.get(applicationId);
    expect(back).toMatchObject({ nextAction: 'Email the recruiter', nextActionDue: YESTERDAY });
    expect((await listActivities(db, roleId)).some((a) => a.type === 'next-action')).toBe(false);
  });

  it('does not let Undo overwrite a next action written since', async () => {
    const { applicationId } = await withOverdueAction();
    const done = expectOk(await completeNextAction(db, applicationId, NOW));
    expectOk(await editNextAction(db, applicationId, 'Prepare the demo', null, NOW + 500));
    const undo = await undoCompleteNextAction(db, done, NOW + 1000);
    expect(undo.ok).toBe(false);
    expect((await db.applications.get(applicationId))?.nextAction).toBe('Prepare the demo');
  });

  it('reports an application that no longer exists', async () => {
    await withOverdueAction();
    const result = await completeNextAction(db, 'no-such-id', NOW);
    expect(result).toEqual({ ok: false, error: 'This application no longer exists.' });
  });
});

describe('snoozeNextAction', () => {
  it('moves the due day, logs the snooze and the item leaves Overdue', async () => {
    const { roleId, applicationId } = await withOverdueAction();
    const { tomorrow } = snoozeTargets(NOW);
    expectOk(await snoozeNextAction(db, applicationId, tomorrow, NOW));
    expect((await db.applications.get(applicationId))?.nextActionDue).toBe(tomorrow);
    const [latest] = await listActivities(db, roleId);
    expect(latest?.type).toBe('next-action');
    expect(latest?.summary).toMatch(/^Snoozed “Email the recruiter” to /);
    const item = (await listAgenda(db, NOW)).find((i) => i.title === 'Email the recruiter');
    expect(item).toMatchObject({ at: tomorrow, overdue: false });
  });

  it('refuses an impossible day and writes nothing', async () => {
    const { roleId, applicationId } = await withOverdueAction();
    const result = await snoozeNextAction(db, applicationId, Number.NaN, NOW);
    expect(result.ok).toBe(false);
    expect((await db.applications.get(applicationId))?.nextActionDue).toBe(YESTERDAY);
    expect((await listActivities(db, roleId)).some((a) => a.type === 'next-action')).toBe(false);
  });
});

describe('listAgenda readiness', () => {
  it('gives each interview its role’s checklist progress', async () => {
    const { roleId } = await withOverdueAction();
    const application = await getCurrentApplication(db, roleId);
    await db.stages.add({
      id: 'stage-1',
      roleId,
      applicationId: application?.id ?? '',
      name: 'Hiring manager',
      kind: 'hiring manager',
      order: 0,
      status: 'scheduled',
      scheduledAt: NOW + 3_600_000,
      interviewers: '',
      location: '',
      prepNotes: '',
      outcomeNotes: '',
      probeRequirementIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const interview = (await listAgenda(db, NOW)).find((i) => i.kind === 'interview');
    const role = await db.roles.get(roleId);
    expect(interview?.readiness).toEqual(role?.progress);
    expect(interview?.readiness?.required.total).toBeGreaterThan(0);
  });
});
