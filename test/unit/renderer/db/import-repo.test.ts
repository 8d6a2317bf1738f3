// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { createRoleFromReview, findDuplicateRole } from '../../../../renderer/src/db/import-repo';
import { listRequirements } from '../../../../renderer/src/db/requirements-repo';
import { listActivities } from '../../../../renderer/src/db/activities-repo';
import { getPosting, listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import {
  addItem,
  editItem,
  removeItem,
  reviewFromText,
  setItemKind,
  type ReviewDraft,
} from '../../../../shared/import/review';
import { freshDb } from './test-db';

let db: ShortlistDb;
const NOW = 1_700_000_000_000;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const POSTING = `https://jobs.example.com/acme/123

# Site Reliability Engineer
### Acme Cloud

We keep the lights on for 10,000 customers.

## Requirements
- 3+ years running Linux in production
- Experience with Terraform
- On-call experience

## Nice to have
- Go programming
`;

/** The review step: the user edits, retypes a kind, removes and adds items. */
function reviewed(): ReviewDraft {
  let draft = reviewFromText(POSTING);
  const [first, second, third, fourth] = draft.items.map((item) => item.key);
  draft = editItem(draft, first ?? '', '  3+ years running Linux in production at scale ');
  draft = setItemKind(draft, second ?? '', 'preferred');
  draft = removeItem(draft, third ?? '');
  draft = addItem(draft, 'Incident command', 'required');
  draft = editItem(draft, fourth ?? '', 'Go programming');
  return { ...draft, team: ' Platform ', location: ' Remote ' };
}

describe('createRoleFromReview', () => {
  it('saves the reviewed checklist, metadata and posting in one go', async () => {
    const draft = reviewed();
    const roleId = await createRoleFromReview(db, draft, NOW);

    const role = await db.roles.get(roleId);
    expect(role).toMatchObject({
      title: 'Site Reliability Engineer',
      company: 'Acme Cloud',
      team: 'Platform',
      location: 'Remote',
      sourceUrl: 'https://jobs.example.com/acme/123',
      archived: 0,
      progress: { required: { done: 0, total: 2 }, preferred: { done: 0, total: 2 } },
      createdAt: NOW,
      lastActivityAt: NOW,
    });
    expect(await getPosting(db, roleId)).toEqual({
      roleId,
      text: POSTING,
      sections: draft.sections,
    });
    const items = await listRequirements(db, roleId);
    expect(items.map((i) => [i.text, i.kind, i.origin, i.order, i.checked])).toEqual([
      ['3+ years running Linux in production at scale', 'required', 'posting', 0, 0],
      ['Experience with Terraform', 'preferred', 'posting', 1, 0],
      ['Go programming', 'preferred', 'posting', 2, 0],
      ['Incident command', 'required', 'custom', 3, 0],
    ]);
    // Edited items keep the parser's wording (even one typed back to it); others have none.
    expect(items.map((i) => i.originalText)).toEqual([
      '3+ years running Linux in production',
      undefined,
      'Go programming',
      undefined,
    ]);
    expect(items.filter((i) => 'originalText' in i)).toHaveLength(2);
    expect((await getCurrentApplication(db, roleId))?.status).toBe('interested');
    const activities = await listActivities(db, roleId);
    expect(activities.map((a) => [a.type, a.summary])).toEqual([
      ['imported', 'Imported Site Reliability Engineer'],
    ]);
    expect((await listRoleSummaries(db, NOW)).map((r) => r.id)).toEqual([roleId]);
  });

  it('keeps cleared fields cleared, names an untitled role and skips empty items', async () => {
    const draft = addItem(
      { ...reviewFromText(POSTING), title: ' ', company: '', sourceUrl: '' },
      '',
      'required',
    );
    const roleId = await createRoleFromReview(db, draft, NOW);
    const role = await db.roles.get(roleId);
    expect(role).toMatchObject({ title: 'Untitled role', company: '', sourceUrl: '' });
    expect(await db.requirements.where('roleId').equals(roleId).count()).toBe(4);
  });

  it('writes nothing when any part of the save fails', async () => {
    db.applications.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(createRoleFromReview(db, reviewed(), NOW)).rejects.toThrow('disk full');
    expect(await db.roles.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
    expect(await db.requirements.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });
});

describe('findDuplicateRole', () => {
  it('finds a role with the same source URL, tracking parameters aside', async () => {
    const roleId = await createRoleFromReview(db, reviewFromText(POSTING), NOW);
    const match = await findDuplicateRole(db, {
      sourceUrl: 'https://jobs.example.com/acme/123/?utm_source=newsletter',
      text: 'completely different',
    });
    expect(match).toEqual({
      roleId,
      title: 'Site Reliability Engineer',
      reason: 'same-url',
      similarity: 1,
    });
  });

  it('finds a role whose posting is nearly the same text, even archived', async () => {
    const roleId = await createRoleFromReview(db, reviewFromText(POSTING), NOW);
    await db.roles.update(roleId, { archived: 1 });
    const repasted = POSTING.replace('https://jobs.example.com/acme/123\n', '').replace(
      /^#+ /gm,
      '',
    );
    const match = await findDuplicateRole(db, { sourceUrl: '', text: repasted });
    expect(match?.roleId).toBe(roleId);
    expect(match?.reason).toBe('similar-text');
    expect(match?.similarity).toBeGreaterThan(0.85);
  });

  it('returns null for a new posting and for an empty paste', async () => {
    await createRoleFromReview(db, reviewFromText(POSTING), NOW);
    const other = '# Baker\n\n## Requirements\n- Bread\n- Early mornings\n- Ovens at 250 degrees';
    expect(
      await findDuplicateRole(db, { sourceUrl: 'https://bakery.example/1', text: other }),
    ).toBeNull();
    expect(await findDuplicateRole(db, { sourceUrl: '', text: '  ' })).toBeNull();
  });

  it('checks thousands of roles in one pass', async () => {
    const count = 3000;
    const ids = Array.from({ length: count }, (_, i) => `role-${i}`);
    await db.roles.bulkAdd(
      ids.map((id, i) => ({
        id,
        title: `Role ${i}`,
        company: '',
        team: '',
        location: '',
        sourceUrl: `https://jobs.example.com/${i}`,
        archived: 0 as const,
        progress: { required: { done: 0, total: 0 }, preferred: { done: 0, total: 0 } },
        lastActivityAt: NOW,
        createdAt: NOW,
        updatedAt: NOW,
      })),
    );
    await db.postings.bulkAdd(
      ids.map((roleId, i) => ({
        roleId,
        text: `# Role ${i}\n\n## Requirements\n- Skill ${i} in area ${i % 13}\n${'- Filler duty number '.repeat(i % 40)}`,
        sections: [],
      })),
    );
    const start = performance.now();
    expect(
      await findDuplicateRole(db, { sourceUrl: 'https://jobs.example.com/2999/', text: POSTING }),
    ).toMatchObject({
      roleId: 'role-2999',
      reason: 'same-url',
    });
    expect(await findDuplicateRole(db, { sourceUrl: '', text: POSTING })).toBeNull();
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('ignores postings whose role is gone', async () => {
    await db.postings.add({ roleId: 'orphan', text: POSTING, sections: [] });
    expect(await findDuplicateRole(db, { sourceUrl: '', text: POSTING })).toBeNull();
  });
});
