/**
 * The persisted search index: a database of its own (never part of the app's schema or
 * its backups), since all of it can be rebuilt from the app's data at any time. One row
 * per role holds every distinct word of the role, its requirements and its notes, in a
 * multi-entry index, so "which roles have a word starting with …" is one index range.
 */
import Dexie, { type EntityTable } from 'dexie';

/** Bump when what is indexed or how words are split changes: the index is then rebuilt. */
export const INDEX_VERSION = 1;

export interface RoleWords {
  roleId: string;
  /** Distinct normalized words (see shared/domain/search-terms.ts). */
  words: string[];
}

/** Every word ever indexed: the vocabulary fuzzy matching looks through. */
export interface TermRow {
  term: string;
}

export interface IndexState {
  key: 'index';
  version: number;
  /** Every role is indexed; when false a rebuild is under way (or was interrupted). */
  complete: boolean;
  /** The rebuild has indexed every role whose id sorts up to this one. */
  cursor: string;
  /** The app data's fingerprint the last time the index was written (see fingerprint.ts). */
  fingerprint: string;
}

export type SearchDb = Dexie & {
  roleWords: EntityTable<RoleWords, 'roleId'>;
  terms: EntityTable<TermRow, 'term'>;
  state: EntityTable<IndexState, 'key'>;
};

/** The index database that belongs to the app database called `appDbName`. */
export function searchDbName(appDbName: string): string {
  return `${appDbName}-search`;
}

export function openSearchDb(appDbName: string): SearchDb {
  const db = new Dexie(searchDbName(appDbName)) as SearchDb;
  db.version(1).stores({ roleWords: 'roleId, *words', terms: 'term', state: 'key' });
  return db;
}
