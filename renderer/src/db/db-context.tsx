/** Makes the database available to hooks, so tests can hand in their own. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ShortlistDb } from './db';

const DbContext = createContext<ShortlistDb | null>(null);

export function DbProvider({ db, children }: { db: ShortlistDb; children: ReactNode }) {
  return <DbContext value={db}>{children}</DbContext>;
}

/** The database of the nearest DbProvider. */
export function useDb(): ShortlistDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() outside <DbProvider>');
  return db;
}
