/**
 * Every version of the database schema, forever. Append a new `db.version(n)` for any
 * change (with an upgrade that uses only its `tx`); never edit a published version,
 * or users' existing databases stop opening.
 *
 * Index what screens query; never index big text.
 */
import type Dexie from 'dexie';
import { upgradeToVersion3 } from './upgrade-v3';

export const SCHEMA_VERSION = 3;

/**
 * Declares the schema versions up to `upTo` (all of them by default) on a fresh Dexie
 * instance. Tests pass an older `upTo` to make a database as an older app left it.
 */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
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
  if (upTo < 2) return;

  // 2: a story has the day it happened (`date`, "YYYY-MM-DD", or "" when not given), so
  // the Stories screen can sort by it. Stories written before had none.
  db.version(2)
    .stores({ stories: 'id, title, updatedAt, date, *tags' })
    .upgrade((tx) =>
      tx
        .table('stories')
        .toCollection()
        .modify((story: Record<string, unknown>) => {
          if (typeof story.date !== 'string') story.date = '';
        }),
    );
  if (upTo < 3) return;

  // 3: contacts per role (an application's free-text contact becomes one), stages name
  // their interviewers among them, and status-change activities carry from/to statuses.
  // Compensation ranges, closing dates and archive times are new optional fields: no index.
  db.version(3)
    .stores({
      contacts: 'id, roleId, name, updatedAt',
      stages:
        'id, applicationId, roleId, status, scheduledAt, [applicationId+order], *interviewerContactIds',
    })
    .upgrade(upgradeToVersion3);
}
