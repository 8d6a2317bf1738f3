/**
 * Under a stage's editor: the interview brief (saved or copied) and, once the stage has
 * a date, an .ics file for the calendar.
 */
import type { InterviewStage } from '../../../../shared/domain/model';
import { useExportActions } from './use-export-actions';

export function StageExportActions({ stage }: { stage: InterviewStage }) {
  const actions = useExportActions();
  return (
    <div className="stage-export" role="group" aria-label={`Brief and calendar for ${stage.name}`}>
      <span className="stage-export-label" aria-hidden="true">
        Brief and calendar
      </span>
      <button
        type="button"
        className="button"
        title="The role in two lines, what this round probes with your evidence, interviewers and prep notes"
        onClick={() => void actions.saveBrief(stage.roleId, stage.id)}
      >
        Export brief…
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void actions.copyBrief(stage.roleId, stage.id)}
      >
        Copy brief
      </button>
      {stage.scheduledAt !== undefined && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void actions.saveCalendar({
              label: stage.name,
              roleId: stage.roleId,
              stageId: stage.id,
            })
          }
        >
          Add to calendar (.ics)
        </button>
      )}
    </div>
  );
}
