/**
 * Live stage data for the Interviews tab, and the stage commands wrapped with the
 * notices users see: errors as messages, a delete with Undo.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewStage, StageTemplate } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { useStorageFull } from '../../db/use-storage-status';
import {
  addStage,
  addStagesFromTemplate,
  deleteStage,
  ensureStageTemplates,
  getRoleStages,
  listStageTemplates,
  moveStage,
  reorderStages,
  restoreStage,
  saveStageTemplate,
  updateStage,
  type RoleStages,
  type StagePatch,
  type TemplateInput,
} from '../../db/stages-repo';
import { useNotify } from '../../components/notices';

/** The role's current application and its stages, in order. */
export function useRoleStages(roleId: string): RoleStages | undefined {
  const db = useDb();
  return useLiveQuery(() => getRoleStages(db, roleId), [db, roleId]);
}

/** The stage templates; the built-ins are added the first time anything asks. */
export function useStageTemplates(): StageTemplate[] | undefined {
  const db = useDb();
  const notify = useNotify();
  // Read-only (storage full): the built-ins are added once there is space.
  const full = useStorageFull();
  useEffect(() => {
    if (full) return;
    ensureStageTemplates(db).catch((error: unknown) => {
      notify(`The stage templates could not be set up: ${String(error)}`, 'error');
    });
  }, [db, notify, full]);
  return useLiveQuery(() => listStageTemplates(db), [db]);
}

/** Commands on a role's stages. Each resolves to whether it took effect. */
export interface StageCommands {
  add: () => Promise<InterviewStage | null>;
  addFromTemplate: (templateId: string) => Promise<number>;
  update: (stage: InterviewStage, patch: StagePatch) => Promise<boolean>;
  remove: (stage: InterviewStage) => Promise<void>;
  move: (stage: InterviewStage, delta: -1 | 1) => Promise<boolean>;
  reorder: (applicationId: string, ids: readonly string[]) => Promise<boolean>;
  saveTemplate: (templateId: string, input: TemplateInput) => Promise<boolean>;
}

export function useStageCommands(roleId: string): StageCommands {
  const db = useDb();
  const notify = useNotify();

  const fail = useCallback(
    (what: string, error: unknown) => {
      notify(`${what}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    },
    [notify],
  );

  // Every command reports its own failure, so callers only learn whether it worked.
  const guard = useCallback(
    async <T>(what: string, run: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        return await run();
      } catch (error) {
        fail(what, error);
        return fallback;
      }
    },
    [fail],
  );

  return useMemo<StageCommands>(
    () => ({
      add: () =>
        guard(
          'The stage could not be added',
          async () => {
            const result = await addStage(db, roleId);
            if (result.ok) return result.value;
            fail('The stage could not be added', result.error);
            return null;
          },
          null,
        ),
      addFromTemplate: (templateId) =>
        guard(
          'The stages could not be created',
          async () => {
            const result = await addStagesFromTemplate(db, roleId, templateId);
            if (result.ok) return result.value.length;
            fail('The stages could not be created', result.error);
            return 0;
          },
          0,
        ),
      update: (stage, patch) =>
        guard(
          'That change could not be saved',
          async () => {
            const result = await updateStage(db, stage.id, patch);
            if (!result.ok) fail('That change could not be saved', result.error);
            return result.ok;
          },
          false,
        ),
      remove: (stage) =>
        guard(
          'The stage could not be deleted',
          async () => {
            const deleted = await deleteStage(db, stage.id);
            if (!deleted) return;
            notify(`Deleted “${stage.name}”.`, 'info', {
              label: 'Undo',
              run: () =>
                guard(
                  'The stage could not be restored',
                  () => restoreStage(db, deleted),
                  undefined,
                ),
            });
          },
          undefined,
        ),
      move: (stage, delta) =>
        guard('The stage could not be moved', () => moveStage(db, stage.id, delta), false),
      reorder: (applicationId, ids) =>
        guard(
          'The new order could not be saved',
          async () => {
            await reorderStages(db, applicationId, ids);
            return true;
          },
          false,
        ),
      saveTemplate: (templateId, input) =>
        guard(
          'The template could not be saved',
          async () => {
            const result = await saveStageTemplate(db, templateId, input);
            if (!result.ok) fail('The template could not be saved', result.error);
            return result.ok;
          },
          false,
        ),
    }),
    [db, roleId, notify, fail, guard],
  );
}
