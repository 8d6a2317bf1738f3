/**
 * The palette's results for what is typed: searched at once on each change (the index
 * answers in milliseconds), an answer for an older query is dropped, and the previous
 * results stay up until the new ones arrive so the list does not flicker.
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../db/db-context';
import { searchEverything, type SearchHit } from '../../db/search/everything-search';
import { getRoleSearch } from '../../db/search-index';

export interface PaletteResults {
  /** The query these hits answer. */
  query: string;
  hits: SearchHit[];
}

export function usePaletteSearch(query: string): PaletteResults | null {
  const db = useDb();
  const [results, setResults] = useState<PaletteResults | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    searchEverything(db, getRoleSearch(db), trimmed)
      .then((hits) => {
        if (current) setResults({ query: trimmed, hits });
      })
      .catch((error: unknown) => {
        console.warn('Search failed:', error);
        if (current) setResults({ query: trimmed, hits: [] });
      });
    return () => {
      current = false;
    };
  }, [db, trimmed]);
  return trimmed ? results : null;
}
