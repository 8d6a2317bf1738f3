/** The one module that creates the Dexie database; repositories receive it. */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Activity,
  Application,
  Contact,
  Draft,
  InterviewStage,
  MetaEntry,
  Note,
  Posting,
  Requirement,
  Role,
  StageTemplate,
  Story,
} from '../../../shared/domain/model';
import { declareSchema } from './schema';
import { guardStorage } from './storage-status';

export type ShortlistDb = Dexie & {
  roles: EntityTable<Role, 'id'>;
  postings: EntityTable<Posting, 'roleId'>;
  requirements: EntityTable<Requirement, 'id'>;
  stories: EntityTable<Story, 'id'>;
  applications: EntityTable<Application, 'id'>;
  stages: EntityTable<InterviewStage, 'id'>;
  notes: EntityTable<Note, 'id'>;
  activities: EntityTable<Activity, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
  drafts: EntityTable<Draft, 'key'>;
  stageTemplates: EntityTable<StageTemplate, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
};

/** The IndexedDB database name. Changing it would orphan every user's data. */
export const DB_NAME = 'shortlist';

/** Opens (lazily, on first use) the database with every schema version declared. */
export function openShortlistDb(name: string = DB_NAME): ShortlistDb {
  const db = new Dexie(name) as ShortlistDb;
  declareSchema(db);
  // Read-only when storage is full: writes are refused with a clear message.
  guardStorage(db);
  return db;
}

/** A fresh UUID for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}
