/**
 * Saving a reviewed posting as a new role, and finding the role a posting duplicates.
 * The checklist saved is the reviewed one, not a fresh parse of the text.
 */
import {
  findDuplicate,
  type DuplicateCandidate,
  type DuplicateMatch,
} from '../../../shared/import/duplicates';
import type { ReviewDraft } from '../../../shared/import/review';
import type { ShortlistDb } from './db';
import { assembleRoleRecords, insertRoleRecords } from './role-records';
import { recordParserVersion } from './parser-version-repo';

/**
 * Saves a reviewed draft as a new role in one transaction: the role (the draft's
 * metadata, trimmed; "Untitled role" when the title is empty), the posting (the text
 * verbatim and the draft's sections), the draft's items as requirements in order
 * (texts trimmed, empty ones skipped; each with the item's origin, and `originalText`
 * for a posting item the review changed), a blank application and an 'imported'
 * activity, and the parser version it was reviewed with (so the role is not offered
 * "new requirements" the applicant already saw). Validate the draft with `validateDraft`
 * first.
 *
 * @returns The new role's id.
 */
export async function createRoleFromReview(
  db: ShortlistDb,
  draft: ReviewDraft,
  now: number = Date.now(),
): Promise<string> {
  // Texts trimmed, empty ones skipped: the save of what the user typed.
  const items = draft.items
    .map((item) => ({ ...item, text: item.text.trim() }))
    .filter((item) => item.text !== '');
  const records = assembleRoleRecords(
    {
      title: draft.title.trim(),
      company: draft.company.trim(),
      team: draft.team.trim(),
      location: draft.location.trim(),
      sourceUrl: draft.sourceUrl.trim(),
      text: draft.text,
    },
    {
      // The user reviewed these fields: a cleared one stays cleared.
      title: '',
      company: '',
      location: '',
      sourceUrl: '',
      sections: draft.sections,
      requirements: items.map((item) => ({ text: item.text, kind: item.kind })),
    },
    now,
  );
  // What the review made of each item, for a later re-parse: added items are custom;
  // edited, merged and split posting items keep the parser's wording, even when it
  // equals the text (a merge of unedited items), since re-parse matches merges by it.
  records.requirements = records.requirements.map((requirement, index) => {
    const item = items[index];
    if (item === undefined) return requirement;
    const original = item.origin === 'posting' ? (item.originalText?.trim() ?? '') : '';
    return {
      ...requirement,
      origin: item.origin,
      ...(original === '' ? {} : { originalText: original }),
    };
  });
  records.activity = {
    ...records.activity,
    type: 'imported',
    summary: `Imported ${records.role.title}`,
  };
  const tables = [db.roles, db.postings, db.requirements, db.applications, db.activities, db.meta];
  await db.transaction('rw', tables, async () => {
    await insertRoleRecords(db, records);
    await recordParserVersion(db, records.role.id);
  });
  return records.role.id;
}

/**
 * The existing role (archived ones included) that a posting duplicates: the same
 * normalised source URL, checked on the light roles table first, else nearly the same
 * text, with every posting loaded in one read. Linear in the number and size of roles.
 */
export async function findDuplicateRole(
  db: ShortlistDb,
  input: { sourceUrl: string; text: string },
): Promise<DuplicateMatch | null> {
  return db.transaction('r', [db.roles, db.postings], async () => {
    const roles = await db.roles.toArray();
    const light: DuplicateCandidate[] = roles.map((role) => ({
      roleId: role.id,
      title: role.title,
      sourceUrl: role.sourceUrl,
      text: '',
    }));
    const byUrl = findDuplicate({ sourceUrl: input.sourceUrl, text: '' }, light);
    if (byUrl) return byUrl;
    if (input.text.trim() === '') return null;
    const titles = new Map(roles.map((role) => [role.id, role.title]));
    const postings = await db.postings.toArray();
    return findDuplicate(
      { sourceUrl: '', text: input.text },
      postings.flatMap((posting) => {
        const title = titles.get(posting.roleId);
        return title === undefined
          ? []
          : [{ roleId: posting.roleId, title, sourceUrl: '', text: posting.text }];
      }),
    );
  });
}
