// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { createRoleFromReview } from '../../../../renderer/src/db/import-repo';
import {
  countUpgradeOffer,
  recordParserVersion,
  recordedParserVersion,
} from '../../../../renderer/src/db/parser-upgrade-repo';
import { applyReparse, previewReparse } from '../../../../renderer/src/db/reparse-repo';
import {
  listRequirements,
  setRequirementChecked,
} from '../../../../renderer/src/db/requirements-repo';
import { setEvidence } from '../../../../renderer/src/db/evidence-repo';
import { deleteRole } from '../../../../renderer/src/db/roles-repo';
import { parserVersionSetting } from '../../../../shared/import/parser-upgrade';
import { reviewFromText } from '../../../../shared/import/review';
import { PARSER_VERSION } from '../../../../shared/parser';
import { freshDb } from './test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const POSTING = `# Backend Engineer
### Lantern Bank

## Requirements
- 5+ years of experience with Go
- Strong PostgreSQL skills
- Experience designing REST APIs

## Nice to have
- Kafka
`;

/**
 * A role as an older parser left it: saved, then two of its items gone and its parser
 * version unrecorded (roles from before versions were recorded have none).
 */
async function olderRole(): Promise<string> {
  const roleId = await createRoleFromReview(db, reviewFromText(POSTING));
  const items = await listRequirements(db, roleId);
  const gone = items.filter((item) => item.text === 'Kafka' || item.text.includes('REST'));
  await db.requirements.bulkDelete(gone.map((item) => item.id));
  await db.meta.delete(`setting:${parserVersionSetting(roleId)}`);
  return roleId;
}

/** Every record of every table, to prove a read wrote nothing. */
async function everything() {
  return Promise.all(db.tables.map((table) => table.toArray()));
}

describe('the new-requirements offer', () => {
  it('is not made for a role saved from a review: the applicant saw this parse', async () => {
    const draft = reviewFromText(POSTING);
    const roleId = await createRoleFromReview(db, { ...draft, items: draft.items.slice(1) });
    expect(await recordedParserVersion(db, roleId)).toBe(PARSER_VERSION);
    expect(await countUpgradeOffer(db, roleId)).toBe(0);
  });

  it('counts what a re-parse would add for an older role, and writes nothing', async () => {
    const roleId = await olderRole();
    expect(await recordedParserVersion(db, roleId)).toBe(1);
    const before = await everything();
    expect(await countUpgradeOffer(db, roleId)).toBe(2);
    expect(await everything()).toEqual(before);
  });

  it('is gone for this parser version once dismissed', async () => {
    const roleId = await olderRole();
    await recordParserVersion(db, roleId);
    expect(await countUpgradeOffer(db, roleId)).toBe(0);
    expect(await listRequirements(db, roleId)).toHaveLength(2);
  });

  it('is gone once a re-parse is applied, which keeps ticks and evidence', async () => {
    const roleId = await olderRole();
    const [first] = await listRequirements(db, roleId);
    if (!first) throw new Error('no item');
    await setRequirementChecked(db, first.id, true);
    await setEvidence(db, first.id, 'Led the Go rewrite');
    const plan = await previewReparse(db, roleId);
    if (!plan) throw new Error('no plan');
    await applyReparse(db, roleId, plan);
    expect(await countUpgradeOffer(db, roleId)).toBe(0);
    const items = await listRequirements(db, roleId);
    expect(items.map((item) => item.text)).toEqual([
      '5+ years of experience with Go',
      'Strong PostgreSQL skills',
      'Experience designing REST APIs',
      'Kafka',
    ]);
    expect(items[0]).toMatchObject({ id: first.id, checked: 1, evidence: 'Led the Go rewrite' });
  });

  it('goes with its role when the role is deleted', async () => {
    const roleId = await createRoleFromReview(db, reviewFromText(POSTING));
    await deleteRole(db, roleId);
    expect(await db.meta.get(`setting:${parserVersionSetting(roleId)}`)).toBeUndefined();
  });

  it('is 0 for a role with no posting', async () => {
    expect(await countUpgradeOffer(db, 'missing')).toBe(0);
  });
});
