/**
 * The checklist's live data and commands. Commands report failures as notices, so the
 * components only decide what to show; each returns whether it succeeded.
 */
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewStage, Requirement } from '../../../../shared/domain/model';
import type {
  Confidence,
  NewRequirement,
  RequirementPatch,
} from '../../../../shared/domain/checklist-rules';
import type { Result } from '../../../../shared/result';
import { useDb } from '../../db/db-context';
import { useStorageFull } from '../../db/use-storage-status';
import {
  addCustomRequirement,
  deleteRequirement,
  getNextStage,
  reorderRequirements,
  restoreOriginalWording,
  restoreRequirement,
  setRequirementChecked,
  updateRequirement,
} from '../../db/requirements-repo';
import { recoverEvidenceDrafts, setConfidence } from '../../db/evidence-repo';
import { useNotify } from '../../components/notices';

/** The stage whose probed requirements the "next stage" filter shows; null if none. */
export function useNextStage(roleId: string): InterviewStage | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getNextStage(db, roleId), [db, roleId]);
}

/**
 * Puts evidence typed but never saved (the app closed or crashed mid-sentence) back
 * into its items when the checklist opens, and says so.
 */
export function useEvidenceDraftRecovery(roleId: string): void {
  const db = useDb();
  const notify = useNotify();
  // Read-only (storage full): the drafts wait, and are recovered once there is space.
  const full = useStorageFull();
  useEffect(() => {
    if (full) return;
    recoverEvidenceDrafts(db, roleId).then(
      (recovered) => {
        const [first] = recovered;
        if (recovered.length === 1 && first) {
          notify(`Recovered unsaved evidence for “${first.text}”.`);
        } else if (recovered.length > 1) {
          notify(`Recovered unsaved evidence for ${recovered.length} items.`);
        }
      },
      (error: unknown) => {
        notify(`Could not recover unsaved evidence: ${String(error)}`, 'error');
      },
    );
  }, [db, roleId, notify, full]);
}

export interface ChecklistCommands {
  toggle: (item: Requirement, checked: boolean) => Promise<boolean>;
  add: (input: NewRequirement) => Promise<Result<Requirement>>;
  update: (item: Requirement, patch: RequirementPatch) => Promise<Result<Requirement>>;
  restoreWording: (item: Requirement) => Promise<boolean>;
  remove: (item: Requirement) => Promise<boolean>;
  reorder: (orderedIds: readonly string[]) => Promise<boolean>;
  setConfidence: (item: Requirement, level: Confidence | null) => Promise<boolean>;
}

export function useChecklistCommands(roleId: string): ChecklistCommands {
  const db = useDb();
  const notify = useNotify();

  return useMemo(() => {
    /** Runs a command, turning a failure (or a bug's exception) into an error notice. */
    async function attempt<T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> {
      try {
        const result = await run();
        if (!result.ok) notify(`${what}: ${result.error}`, 'error');
        return result;
      } catch (error) {
        notify(`${what}: ${String(error)}`, 'error');
        return { ok: false, error: String(error) };
      }
    }

    const gone = { ok: false as const, error: 'That item no longer exists.' };

    return {
      toggle: async (item, checked) =>
        (
          await attempt('That tick could not be saved', async () =>
            (await setRequirementChecked(db, item.id, checked)) ? { ok: true, value: item } : gone,
          )
        ).ok,
      // Validation messages show next to the form, so these two do not notify.
      add: (input) => addCustomRequirement(db, roleId, input),
      update: (item, patch) => updateRequirement(db, item.id, patch),
      restoreWording: async (item) =>
        (
          await attempt('Could not restore the original wording', () =>
            restoreOriginalWording(db, item.id),
          )
        ).ok,
      remove: async (item) => {
        const deleted = await attempt('Could not delete the item', () =>
          deleteRequirement(db, item.id),
        );
        if (!deleted.ok) return false;
        notify(`Deleted “${item.text}”.`, 'info', {
          label: 'Undo',
          run: async () => {
            await attempt('Could not undo the delete', () => restoreRequirement(db, deleted.value));
          },
        });
        return true;
      },
      reorder: async (orderedIds) =>
        (
          await attempt('Could not reorder the checklist', async () =>
            (await reorderRequirements(db, roleId, orderedIds))
              ? { ok: true, value: orderedIds }
              : { ok: false, error: 'the checklist changed meanwhile; try again.' },
          )
        ).ok,
      setConfidence: async (item, level) =>
        (await attempt('Could not save the confidence', () => setConfidence(db, item.id, level)))
          .ok,
    };
  }, [db, notify, roleId]);
}
