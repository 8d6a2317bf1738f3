/**
 * The search palette's results: single records (roles, requirements, evidence, notes,
 * stories) that hold every word of the query, each with a snippet marking the matches.
 * The role index narrows the roles first (a record matching every word is in a role that
 * does), then only those roles' records are read, most recently active roles first, until
 * each group is full or a time budget is spent.
 */
import { displayTitle } from '../../../../shared/domain/note-search';
import {
  parseQuery,
  snippetOf,
  termsOf,
  textMatches,
  type QueryWord,
  type SnippetPart,
} from '../../../../shared/domain/search-terms';
import type { Role } from '../../../../shared/domain/model';
import type { ShortlistDb } from '../db';
import type { RoleSearch } from '../search-index';

export const HIT_KINDS = ['role', 'requirement', 'evidence', 'note', 'story'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

export interface SearchHit {
  kind: HitKind;
  /** The record's id (for a role, the role's). */
  id: string;
  /** The role the record belongs to; null for a story. */
  roleId: string | null;
  title: string;
  /** The title with the matching words marked. */
  titleParts: SnippetPart[];
  /** Where it is: the role's title and company (empty for roles and stories). */
  context: string;
  snippet: SnippetPart[];
}

/** Roles whose records are read per step, and the most read for one query. */
const ROLE_BATCH = 10;
const MAX_ROLES_READ = 400;
/**
 * After this, the groups found so far are shown: a word found only in notes would
 * otherwise read hundreds of roles looking for requirements that hold it.
 */
const BUDGET_MS = 100;

/** Enough context for any title to be shown whole (the view cuts it to one line). */
const TITLE_AROUND = 1000;

const matches = (words: QueryWord[], ...texts: string[]) => textMatches(termsOf(texts), words);

function byActivity(a: Role, b: Role): number {
  return b.lastActivityAt - a.lastActivityAt || a.title.localeCompare(b.title);
}

/**
 * The requirements and notes of some roles: one equality range per role (read whole at
 * once), since an anyOf() over many keys walks a cursor record by record, ten times slower.
 */
function readRecords(db: ShortlistDb, roleIds: string[]) {
  return db.transaction('r', db.requirements, db.notes, async () => {
    const [requirements, notes] = await Promise.all([
      Promise.all(roleIds.map((id) => db.requirements.where('roleId').equals(id).toArray())),
      Promise.all(roleIds.map((id) => db.notes.where('roleId').equals(id).toArray())),
    ]);
    return [requirements.flat(), notes.flat()] as const;
  });
}

/** At most `perGroup` hits of each kind, grouped in {@link HIT_KINDS} order. */
export async function searchEverything(
  db: ShortlistDb,
  roleSearch: RoleSearch,
  query: string,
  perGroup = 5,
): Promise<SearchHit[]> {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  const started = performance.now();
  const groups = new Map<HitKind, SearchHit[]>(HIT_KINDS.map((kind) => [kind, []]));
  const add = (hit: SearchHit) => {
    const group = groups.get(hit.kind);
    if (group && group.length < perGroup) group.push(hit);
  };
  const full = (kind: HitKind) => (groups.get(kind)?.length ?? 0) >= perGroup;

  const roleIds = await roleSearch.search(query);
  const roles = (await db.roles.bulkGet([...roleIds]))
    .filter((role): role is Role => role !== undefined)
    .sort(byActivity);
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const where = (roleId: string) => {
    const role = roleById.get(roleId);
    return role ? [role.title, role.company].filter(Boolean).join(' · ') : '';
  };

  for (const role of roles) {
    if (full('role')) break;
    if (!matches(words, role.title, role.team, role.company, role.location)) continue;
    const line = [role.company, role.team, role.location].filter(Boolean).join(' · ');
    add({
      kind: 'role',
      id: role.id,
      roleId: role.id,
      title: role.title,
      titleParts: snippetOf(role.title, words, TITLE_AROUND),
      context: '',
      snippet: snippetOf(line, words),
    });
  }

  const done = () => full('requirement') && full('evidence') && full('note');
  const limit = Math.min(roles.length, MAX_ROLES_READ);
  for (let start = 0; start < limit && !done(); start += ROLE_BATCH) {
    // The first batch always: on a busy machine the budget may be gone before it.
    if (start > 0 && performance.now() - started > BUDGET_MS) break;
    const batch = roles.slice(start, start + ROLE_BATCH).map((role) => role.id);
    const [requirements, notes] = await readRecords(db, batch);
    // In the roles' order (most recently active first), whatever order the index gave.
    const rank = new Map(batch.map((id, i) => [id, i]));
    const byRole = (a: { roleId: string }, b: { roleId: string }) =>
      (rank.get(a.roleId) ?? 0) - (rank.get(b.roleId) ?? 0);
    for (const item of requirements.sort(byRole)) {
      if (matches(words, item.text)) {
        add({
          kind: 'requirement',
          id: item.id,
          roleId: item.roleId,
          title: item.text,
          titleParts: snippetOf(item.text, words, TITLE_AROUND),
          context: where(item.roleId),
          snippet: snippetOf(item.text, words),
        });
      } else if (matches(words, item.text, item.evidence)) {
        add({
          kind: 'evidence',
          id: item.id,
          roleId: item.roleId,
          title: item.text,
          titleParts: snippetOf(item.text, words, TITLE_AROUND),
          context: where(item.roleId),
          snippet: snippetOf(item.evidence, words),
        });
      }
    }
    for (const note of notes.sort(byRole)) {
      if (!matches(words, note.title, note.body, ...note.tags)) continue;
      add({
        kind: 'note',
        id: note.id,
        roleId: note.roleId,
        title: displayTitle(note),
        titleParts: snippetOf(displayTitle(note), words, TITLE_AROUND),
        context: where(note.roleId),
        snippet: snippetOf(matches(words, note.body) ? note.body : note.title, words),
      });
    }
  }

  // Stories are few (a library of reusable evidence), so they are read whole.
  for (const story of await db.stories.toArray()) {
    if (full('story')) break;
    if (!matches(words, story.title, story.body, ...story.tags)) continue;
    add({
      kind: 'story',
      id: story.id,
      roleId: null,
      title: story.title,
      titleParts: snippetOf(story.title, words, TITLE_AROUND),
      context: story.tags.join(', '),
      snippet: snippetOf(story.body || story.title, words),
    });
  }
  return HIT_KINDS.flatMap((kind) => groups.get(kind) ?? []);
}
