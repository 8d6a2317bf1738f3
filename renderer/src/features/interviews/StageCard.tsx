/**
 * One interview stage: a summary line that opens into the editor, a drag handle
 * (pointer or keyboard, via dnd-kit), Move up/down buttons and Delete.
 */
import { useId, type Ref } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { InterviewStage, Requirement } from '../../../../shared/domain/model';
import { stageKindLabel, stageStatusLabel } from '../../../../shared/domain/stage-templates';
import { formatStageWhen } from '../../../../shared/domain/stage-time';
import { parseExternalUrl } from '../../../../shared/security/external-links';
import type { StagePatch } from '../../db/stages-repo';
import { contactName } from '../../../../shared/domain/contact-rules';
import { useRoleContacts } from '../contacts/use-contacts';
import { StageDetails } from './StageDetails';

interface StageCardProps {
  stage: InterviewStage;
  index: number;
  count: number;
  expanded: boolean;
  justAdded: boolean;
  localZone: string;
  requirements: readonly Requirement[];
  onToggle: () => void;
  onChange: (patch: StagePatch) => Promise<boolean>;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  /** Receives each Move button, so focus can follow the stage after a move. */
  moveButtonRef: (delta: -1 | 1) => Ref<HTMLButtonElement>;
}

function summaryParts(
  stage: InterviewStage,
  probed: number,
  localZone: string,
  interviewers: readonly string[],
): string[] {
  const parts = [stageKindLabel(stage.kind)];
  parts.push(
    stage.scheduledAt === undefined
      ? 'Not scheduled'
      : formatStageWhen(stage.scheduledAt, stage.durationMinutes, stage.timezone, localZone),
  );
  // The linked contacts first, then anyone named only in the free text.
  const who = [...interviewers, stage.interviewers.trim()].filter(Boolean);
  if (who.length > 0) parts.push(`with ${who.join(', ')}`);
  const place = stage.location.trim();
  if (place) {
    // A call link reads as its host ("meet.example"); a place as itself.
    const link = parseExternalUrl(place);
    parts.push(`at ${link ? new URL(link).host : place}`);
  }
  if (probed > 0) parts.push(`probes ${probed} requirement${probed === 1 ? '' : 's'}`);
  return parts;
}

export function StageCard(props: StageCardProps) {
  const { stage, index, count, expanded, requirements, onChange } = props;
  const id = useId();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: stage.id });
  const probed = requirements.filter((r) => stage.probeRequirementIds.includes(r.id)).length;
  const linked = stage.interviewerContactIds ?? [];
  const interviewers = (useRoleContacts(stage.roleId) ?? [])
    .filter((contact) => linked.includes(contact.id))
    .map(contactName);
  const style = {
    transform: CSS.Translate.toString(transform),
    transition,
  };

  return (
    <li ref={setNodeRef} style={style} className={`stage-item${isDragging ? ' is-dragging' : ''}`}>
      <article className={`stage-card stage-${stage.status}`} aria-labelledby={`${id}-title`}>
        <div className="stage-head">
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="stage-handle"
            {...attributes}
            {...listeners}
            aria-label={`Drag to reorder ${stage.name}`}
            title="Drag to reorder (or focus and press Space, then the arrow keys)"
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <span className="stage-number" aria-hidden="true">
            {index + 1}
          </span>
          <div className="stage-title-block">
            <h3 id={`${id}-title`} className="stage-title">
              <button
                type="button"
                className="stage-toggle"
                aria-expanded={expanded}
                aria-controls={expanded ? `${id}-details` : undefined}
                onClick={props.onToggle}
              >
                <span className="stage-chevron" aria-hidden="true">
                  ▸
                </span>
                <span className="stage-name">{stage.name}</span>
              </button>
            </h3>
            <p className="stage-summary">
              {/* A no-break space before each dot keeps it at the end of a wrapped line. */}
              {summaryParts(stage, probed, props.localZone, interviewers).join('\u00a0· ')}
            </p>
          </div>
          <span className={`stage-status stage-status-${stage.status}`}>
            {stageStatusLabel(stage.status)}
          </span>
          <div className="stage-actions">
            <button
              type="button"
              ref={props.moveButtonRef(-1)}
              className="icon-button"
              aria-label={`Move ${stage.name} up`}
              title="Move up"
              disabled={index === 0}
              onClick={() => {
                props.onMove(-1);
              }}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              ref={props.moveButtonRef(1)}
              className="icon-button"
              aria-label={`Move ${stage.name} down`}
              title="Move down"
              disabled={index === count - 1}
              onClick={() => {
                props.onMove(1);
              }}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="icon-button icon-button-danger"
              aria-label={`Delete ${stage.name}`}
              title="Delete stage"
              onClick={props.onDelete}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        </div>
        {stage.outcomeNotes.trim() !== '' && !expanded && (
          <p className="stage-outcome-preview">{stage.outcomeNotes}</p>
        )}
        {expanded && (
          <StageDetails
            id={`${id}-details`}
            stage={stage}
            requirements={requirements}
            onChange={onChange}
            focusName={props.justAdded}
          />
        )}
      </article>
    </li>
  );
}
