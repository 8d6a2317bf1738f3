/**
 * Saving a stage's text fields with a revision check (db/stage-text-repo.ts): a field
 * learns about a conflict and shows both versions; other failures are told as notices.
 */
import { useCallback } from 'react';
import { useDb } from '../../db/db-context';
import { updateStageText, type StageTextField } from '../../db/stage-text-repo';
import { useNotify } from '../../components/notices';

/** What a field's save came to: null when stored (or failed and told), else theirs. */
export type FieldConflict = { theirs: string } | null;

export function useStageTextSave(
  stageId: string,
): (field: StageTextField, text: string, base: string) => Promise<FieldConflict> {
  const db = useDb();
  const notify = useNotify();
  return useCallback(
    async (field, text, base) => {
      try {
        const result = await updateStageText(db, stageId, field, text, base);
        if ('conflict' in result) return { theirs: result.conflict.theirs[field] };
        if (!result.ok) notify(`That change could not be saved: ${result.error}`, 'error');
      } catch (error) {
        notify(`That change could not be saved: ${String(error)}`, 'error');
      }
      return null;
    },
    [db, stageId, notify],
  );
}
