/**
 * Looks for a role this posting duplicates while the user reviews it, so the warning
 * shows before Save. The source URL is editable: look again once typing pauses.
 */
import { useEffect, useState } from 'react';
import type { DuplicateMatch } from '../../../../shared/import/duplicates';
import type { ReviewDraft } from '../../../../shared/import/review';
import { useDb } from '../../db/db-context';
import { findDuplicateRole } from '../../db/import-repo';

const PAUSE_MS = 300;

/** The role the draft duplicates, or null (also while there is no draft or no answer yet). */
export function useDuplicateCheck(draft: ReviewDraft | null): DuplicateMatch | null {
  const db = useDb();
  const [found, setFound] = useState<{ text: string; match: DuplicateMatch | null } | null>(null);
  const sourceUrl = draft?.sourceUrl ?? '';
  const text = draft?.text ?? null;

  useEffect(() => {
    if (text === null) return;
    let current = true;
    const timer = setTimeout(() => {
      findDuplicateRole(db, { sourceUrl, text })
        .then((match) => {
          if (current) setFound({ text, match });
        })
        .catch(() => {
          // A failed look-up only loses the early warning; Save looks again.
          if (current) setFound({ text, match: null });
        });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, sourceUrl, text]);

  // While the URL is being edited the last answer stands: the warning should not flicker.
  return text !== null && found?.text === text ? found.match : null;
}
