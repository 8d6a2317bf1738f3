// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { listBoardCards } from '../../../../renderer/src/db/board-repo';
import {
  reapply,
  setApplicationStatus,
  updateApplication,
} from '../../../../renderer/src/db/applications-repo';
import { addStage } from '../../../../renderer/src/db/stages-repo';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { expectOk, seededRole } from './seeded-role';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 3, 10);
const DAY = 24 * 60 * 60 * 1000;

let db: ShortlistDb;
afterEach(async () => {
  await db.delete();
});

describe('board cards', () => {
  it('has one card per role, from its current application, with what the card shows', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, NOW);
    expectOk(
      await updateApplication(
        db,
        application.id,
        { priority: 4, nextAction: 'Send the written answers', nextActionDue: NOW + DAY },
        NOW,
      ),
    );
    const stage = expectOk(await addStage(db, roleId, NOW));
    await db.stages.update(stage.id, {
      name: 'Hiring manager',
      status: 'scheduled',
      scheduledAt: NOW + 2 * DAY,
    });

    const cards = await listBoardCards(db, NOW);
    expect(cards).toHaveLength(5);
    const lxd = cards.find((card) => card.roleId === roleId);
    expect(lxd).toMatchObject({
      applicationId: application.id,
      title: 'Engineering Manager, LXD',
      company: 'Canonical',
      status: 'interested',
      priority: 4,
      nextAction: 'Send the written answers',
      nextActionDue: NOW + DAY,
      nextInterview: { at: NOW + 2 * DAY, name: 'Hiring manager' },
    });
    expect(lxd?.progress.required.total).toBeGreaterThan(0);
    const other = cards.find((card) => card.roleId !== roleId);
    expect(other).not.toHaveProperty('priority');
    expect(other).not.toHaveProperty('nextInterview');
  });

  it('follows a re-application and leaves archived roles out', async () => {
    db = freshDb();
    const { roleId, application } = await seededRole(db, NOW);
    expectOk(await setApplicationStatus(db, application.id, 'rejected', NOW));
    const again = expectOk(await reapply(db, roleId, 'applied', NOW + 1));
    const card = (await listBoardCards(db, NOW)).find((c) => c.roleId === roleId);
    expect(card).toMatchObject({ applicationId: again.id, status: 'applied' });

    await db.roles.update(roleId, { archived: 1 });
    const cards = await listBoardCards(db, NOW);
    expect(cards).toHaveLength(4);
    expect(cards.some((c) => c.roleId === roleId)).toBe(false);
  });

  it('leaves out a role with no application (nothing to move)', async () => {
    db = freshDb();
    const { roleId } = await seededRole(db, NOW);
    await db.applications.where('roleId').equals(roleId).delete();
    expect((await listBoardCards(db, NOW)).map((c) => c.roleId)).not.toContain(roleId);
  });
});
