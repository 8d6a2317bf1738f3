/**
 * What the Agenda can do to a next action: done (with Undo), snooze, rewrite. Each
 * reports its outcome in the notice area; a failure changes nothing.
 */
import { useMemo } from 'react';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import {
  completeNextAction,
  editNextAction,
  snoozeNextAction,
  undoCompleteNextAction,
} from '../../db/next-action-repo';
import { formatDay } from '../../../../shared/domain/dates';
import { formatTimeSafely } from '../../../../shared/domain/safe-format';

export interface NextActionCommands {
  done(applicationId: string, title: string): Promise<void>;
  snooze(applicationId: string, due: number): Promise<boolean>;
  edit(applicationId: string, text: string, due: number | null): Promise<boolean>;
}

export function useNextActionCommands(): NextActionCommands {
  const db = useDb();
  const notify = useNotify();
  return useMemo(
    () => ({
      async done(applicationId, title) {
        const result = await completeNextAction(db, applicationId);
        if (!result.ok) {
          notify(`Could not mark it done: ${result.error}`, 'error');
          return;
        }
        notify(`Done: ${title}`, 'info', {
          label: 'Undo',
          run: async () => {
            const undone = await undoCompleteNextAction(db, result.value);
            notify(
              undone.ok ? `Back on the Agenda: ${title}` : undone.error,
              undone.ok ? 'info' : 'error',
            );
          },
        });
      },
      async snooze(applicationId, due) {
        const result = await snoozeNextAction(db, applicationId, due);
        if (!result.ok) notify(`Could not snooze it: ${result.error}`, 'error');
        else notify(`Snoozed to ${formatTimeSafely(due, formatDay)}`);
        return result.ok;
      },
      async edit(applicationId, text, due) {
        const result = await editNextAction(db, applicationId, text, due);
        if (!result.ok) notify(result.error, 'error');
        return result.ok;
      },
    }),
    [db, notify],
  );
}
