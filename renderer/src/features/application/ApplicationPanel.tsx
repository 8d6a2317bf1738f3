/**
 * The current application under the role header: its key facts at a glance, the
 * details form one click away, earlier applications, and re-applying once it closed.
 */
import { useId, useState } from 'react';
import {
  earlierApplicationLine,
  isClosedStatus,
} from '../../../../shared/domain/application-rules';
import type { Application } from '../../../../shared/domain/model';
import type { NewApplicationStatus } from '../../db/applications-repo';
import { useNotify } from '../../components/notices';
import { ApplicationFacts } from './ApplicationFacts';
import { ApplicationForm } from './ApplicationForm';
import { ReapplyDialog } from './ReapplyDialog';
import { useApplicationCommands, useRoleApplications } from './use-application';
import { ReadOnlyScope } from '../../components/ReadOnlyScope';

export function ApplicationPanel({ roleId }: { roleId: string }) {
  const applications = useRoleApplications(roleId);
  const { reapply } = useApplicationCommands();
  const notify = useNotify();
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const formId = useId();

  if (applications === undefined) return <div className="application-panel" aria-busy="true" />;
  const { current, earlier } = applications;
  const canReapply = current === null || isClosedStatus(current.status);

  async function confirmReapply(status: NewApplicationStatus) {
    setConfirming(false);
    if (await reapply(roleId, status)) {
      notify(current ? 'Started a new application.' : 'Started an application.');
    }
  }

  return (
    <section className="application-panel" aria-labelledby={headingId}>
      <div className="application-bar">
        <h2 id={headingId} className="application-title">
          Application
        </h2>
        {current ? (
          <ApplicationFacts application={current} />
        ) : (
          <p className="application-facts muted">No application yet.</p>
        )}
        <div className="application-actions">
          {canReapply && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {current ? 'Re-apply…' : 'Start application…'}
            </button>
          )}
          {current && (
            <button
              type="button"
              className="button application-toggle"
              aria-expanded={expanded}
              aria-controls={formId}
              onClick={() => {
                setExpanded((open) => !open);
              }}
            >
              Details
              <span className="application-chevron" aria-hidden="true" />
            </button>
          )}
        </div>
      </div>
      {earlier.length > 0 && <EarlierApplications earlier={earlier} />}
      {current && expanded && (
        // Off while storage is full: nothing typed could be kept.
        <ReadOnlyScope>
          <ApplicationForm key={current.id} id={formId} application={current} />
        </ReadOnlyScope>
      )}
      <ReapplyDialog
        open={confirming}
        current={current}
        onConfirm={(status) => void confirmReapply(status)}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </section>
  );
}

function EarlierApplications({ earlier }: { earlier: Application[] }) {
  return (
    <ul className="application-history">
      {earlier.map((application) => (
        <li key={application.id}>{earlierApplicationLine(application)}</li>
      ))}
    </ul>
  );
}
