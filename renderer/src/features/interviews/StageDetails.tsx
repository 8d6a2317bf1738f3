/** The editable body of a stage card; every field saves itself. */
import {
  STAGE_KINDS,
  STAGE_STATUSES,
  type InterviewStage,
  type Requirement,
} from '../../../../shared/domain/model';
import {
  isResultStatus,
  stageKindLabel,
  stageStatusLabel,
} from '../../../../shared/domain/stage-templates';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { parseExternalUrl } from '../../../../shared/security/external-links';
import { fieldDraftKey } from '../../db/field-drafts-repo';
import type { StagePatch } from '../../db/stages-repo';
import { usePlatform } from '../../platform';
import { useNotify } from '../../components/notices';
import { InterviewerPicker } from '../contacts/InterviewerPicker';
import { StageExportActions } from '../export/StageExportActions';
import { CommitField } from './CommitField';
import { useStageTextSave } from './use-stage-text';
import { ProbePicker } from './ProbePicker';
import { SavedSelect } from './SavedSelect';
import { StageSchedule } from './StageSchedule';

interface StageDetailsProps {
  id: string;
  stage: InterviewStage;
  requirements: readonly Requirement[];
  /** Saves a change; resolves to whether it was stored. */
  onChange: (patch: StagePatch) => Promise<boolean>;
  /** Focus the name (a stage just added still has its placeholder name). */
  focusName?: boolean;
}

const KIND_OPTIONS = STAGE_KINDS.map((kind) => ({ value: kind, label: stageKindLabel(kind) }));
const STATUS_OPTIONS = STAGE_STATUSES.map((status) => ({
  value: status,
  label: stageStatusLabel(status),
}));

export function StageDetails({ id, stage, requirements, onChange, focusName }: StageDetailsProps) {
  const recorded = isResultStatus(stage.status);
  const platform = usePlatform();
  const notify = useNotify();
  // Text fields save with a revision check, so another window's edit is never overwritten.
  const saveText = useStageTextSave(stage.id);
  // Only a safe http(s) link gets a button; anything else is a place, shown as text.
  const link = parseExternalUrl(stage.location.trim());
  // Where each field keeps text over its limit.
  const keep = (field: string) => ({
    key: fieldDraftKey('stage', stage.id, field),
    roleId: stage.roleId,
  });

  async function openLink(url: string) {
    const result = await platform.openExternal(url);
    if (!result.ok) notify(`Could not open the link: ${result.error}`, 'error');
  }

  return (
    <div id={id} className="stage-details">
      <div className="stage-grid">
        <CommitField
          label="Name"
          value={stage.name}
          limit={FIELD_LIMITS.stageName}
          keep={keep('name')}
          required
          autoFocus={focusName}
          className="stage-field-wide"
          onCommit={(text, base) => saveText('name', text, base)}
        />
        <SavedSelect
          label="Kind"
          value={stage.kind}
          options={KIND_OPTIONS}
          onSave={(value) => {
            const kind = STAGE_KINDS.find((k) => k === value);
            return kind ? onChange({ kind }) : Promise.resolve(false);
          }}
        />
        <SavedSelect
          label="Status"
          value={stage.status}
          options={STATUS_OPTIONS}
          onSave={(value) => {
            const status = STAGE_STATUSES.find((s) => s === value);
            return status ? onChange({ status }) : Promise.resolve(false);
          }}
        />
      </div>

      <StageSchedule stage={stage} onChange={onChange} />

      <div className="stage-grid">
        <CommitField
          label="Interviewers"
          value={stage.interviewers}
          limit={FIELD_LIMITS.stageInterviewers}
          keep={keep('interviewers')}
          placeholder="Names and roles"
          onCommit={(text, base) => saveText('interviewers', text, base)}
        />
        <div className="stage-link-field">
          <CommitField
            label="Link or place"
            value={stage.location}
            limit={FIELD_LIMITS.stageLocation}
            keep={keep('location')}
            placeholder="Video link, phone or address"
            onCommit={(text, base) => saveText('location', text, base)}
          />
          {link && (
            <button type="button" className="button-link" onClick={() => void openLink(link)}>
              Open link ↗
            </button>
          )}
        </div>
      </div>

      <InterviewerPicker stage={stage} />

      <div className="stage-grid">
        <CommitField
          label="Prep notes"
          value={stage.prepNotes}
          limit={FIELD_LIMITS.stageNotes}
          keep={keep('prepNotes')}
          multiline
          placeholder="What to revise, questions to ask"
          onCommit={(text, base) => saveText('prepNotes', text, base)}
        />
        <CommitField
          label="Outcome notes"
          value={stage.outcomeNotes}
          limit={FIELD_LIMITS.stageNotes}
          keep={keep('outcomeNotes')}
          multiline
          placeholder={recorded ? 'How it went, feedback' : 'After the round: how it went'}
          onCommit={(text, base) => saveText('outcomeNotes', text, base)}
        />
      </div>

      <ProbePicker
        requirements={requirements}
        selected={stage.probeRequirementIds}
        onChange={(probeRequirementIds) => onChange({ probeRequirementIds })}
      />

      <StageExportActions stage={stage} />
    </div>
  );
}
