/**
 * Which items to show: all, the required ones still unticked, or those the next
 * interview stage will probe (with that stage named, or a note that none is planned).
 */
import { useId } from 'react';
import type { InterviewStage } from '../../../../shared/domain/model';
import { formatTimeSafely } from '../../../../shared/domain/safe-format';
import {
  CHECKLIST_FILTER_LABELS,
  CHECKLIST_FILTERS,
  type ChecklistFilter,
} from '../../../../shared/domain/checklist-rules';

const WHEN = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

interface ChecklistFiltersProps {
  filter: ChecklistFilter;
  onFilter: (filter: ChecklistFilter) => void;
  nextStage: InterviewStage | null;
  /** How many of the role's items the next stage probes. */
  probedCount: number;
}

export function ChecklistFilters(props: ChecklistFiltersProps) {
  const { filter, onFilter, nextStage, probedCount } = props;
  const name = useId();
  return (
    <div className="cl-toolbar">
      <fieldset className="cl-filters">
        <legend className="cl-sr-only">Show</legend>
        <div className="cl-segmented">
          {CHECKLIST_FILTERS.map((key) => (
            <label key={key} className="cl-segment">
              <input
                type="radio"
                name={name}
                checked={filter === key}
                onChange={() => {
                  onFilter(key);
                }}
              />
              <span>{CHECKLIST_FILTER_LABELS[key]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {filter === 'next-stage' && <NextStageNote stage={nextStage} count={probedCount} />}
    </div>
  );
}

function NextStageNote({ stage, count }: { stage: InterviewStage | null; count: number }) {
  if (!stage) {
    return (
      <div className="cl-stage-note cl-stage-none">
        <p className="cl-stage-title">No stage is planned yet</p>
        <p className="cl-hint">
          Plan the interviews in the Interviews tab and pick what each stage will probe.
        </p>
      </div>
    );
  }
  return (
    <div className="cl-stage-note">
      <p className="cl-stage-title">
        Next: {stage.name}
        <span className="cl-hint">
          {' · '}
          {stage.scheduledAt === undefined
            ? 'not scheduled yet'
            : formatTimeSafely(stage.scheduledAt, (at) => WHEN.format(at))}
        </span>
      </p>
      <p className="cl-hint">
        {count === 0
          ? 'This stage probes no requirements yet: pick them in the Interviews tab.'
          : `It will probe ${count} ${count === 1 ? 'requirement' : 'requirements'}.`}
      </p>
    </div>
  );
}
