/**
 * Every version of the database schema, forever. Append a new `db.version(n)` for any
 * change (with an upgrade that uses only its `tx`); never edit a published version,
 * or users' existing databases stop opening.
 *
 * Index what screens query; never index big text.
 */
import type Dexie from 'dexie';

export const SCHEMA_VERSION = 1;

/** Declares all schema versions on a fresh Dexie instance. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    roles: 'id, &seedKey, title, updatedAt, archived',
    postings: 'roleId',
    requirements: 'id, roleId, [roleId+order], *storyIds',
    stories: 'id, title, updatedAt, *tags',
    applications: 'id, roleId, status, nextActionDue, [roleId+createdAt]',
    stages: 'id, applicationId, roleId, status, scheduledAt, [applicationId+order]',
    notes: 'id, roleId, applicationId, stageId, updatedAt, *tags, [roleId+pinned]',
    activities: 'id, roleId, at, [roleId+at]',
    meta: 'key',
    drafts: 'key, roleId, updatedAt',
    stageTemplates: 'id, name',
  });
}
