/** The application's details, each field saved as it is left: no Save button. */
import { useId } from 'react';
import { APPLICATION_CHANNELS } from '../../../../shared/domain/application-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import type { Application } from '../../../../shared/domain/model';
import { fieldDraftKey } from '../../db/field-drafts-repo';
import { DateField, PriorityField, TextField } from './AutosaveFields';
import { ClosingDateField } from './ClosingDateField';
import { CompensationFields } from './CompensationFields';
import { useApplicationCommands } from './use-application';

export function ApplicationForm({ id, application }: { id: string; application: Application }) {
  const { update } = useApplicationCommands();
  const channelsId = useId();
  const save = (field: string) => (value: unknown) => update(application.id, { [field]: value });
  // Where each text field keeps what is over its limit.
  const keep = (field: string) => ({
    key: fieldDraftKey('application', application.id, field),
    roleId: application.roleId,
  });
  const short = FIELD_LIMITS.applicationShortText;

  return (
    <div id={id} className="application-form">
      <DateField
        label="Applied on"
        value={application.appliedAt}
        onCommit={save('appliedAt')}
        className="field-applied"
      />
      <TextField
        label="Channel"
        value={application.channel}
        onCommit={save('channel')}
        limit={short}
        keep={keep('channel')}
        list={channelsId}
        placeholder="Job board, referral…"
        className="field-channel"
      />
      <datalist id={channelsId}>
        {APPLICATION_CHANNELS.map((channel) => (
          <option key={channel} value={channel} />
        ))}
      </datalist>
      <TextField
        label="Contact"
        value={application.contact}
        onCommit={save('contact')}
        limit={short}
        keep={keep('contact')}
        placeholder="Recruiter or referrer"
        className="field-contact"
      />
      <PriorityField
        value={application.priority}
        onCommit={save('priority')}
        className="field-priority"
      />
      <TextField
        label="Next action"
        value={application.nextAction}
        onCommit={save('nextAction')}
        limit={short}
        keep={keep('nextAction')}
        placeholder="e.g. Send the written answers"
        className="field-next"
      />
      <DateField
        label="Next action due"
        value={application.nextActionDue}
        onCommit={save('nextActionDue')}
        className="field-due"
      />
      <CompensationFields value={application.compensation} onSave={save('compensation')} />
      <ClosingDateField roleId={application.roleId} />
      <TextField
        label="Compensation notes"
        value={application.compensationNotes}
        onCommit={save('compensationNotes')}
        limit={FIELD_LIMITS.compensationNotes}
        keep={keep('compensationNotes')}
        multiline
        placeholder="Range discussed, equity, benefits…"
        className="field-compensation"
      />
    </div>
  );
}
