/** The current application at a glance: applied date, channel, contact, next action, priority, pay. */
import type { ReactNode } from 'react';
import { formatCompensation } from '../../../../shared/domain/compensation';
import { dueState, formatDay } from '../../../../shared/domain/dates';
import type { Application } from '../../../../shared/domain/model';
import { formatTimeSafely } from '../../../../shared/domain/safe-format';
import { useMinute } from '../../db/use-minute';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="application-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NextAction({ application, now }: { application: Application; now: number }) {
  const { nextAction, nextActionDue } = application;
  const state = nextActionDue === undefined ? undefined : dueState(nextActionDue, now);
  return (
    <>
      {nextAction || 'Due'}
      {nextActionDue !== undefined && (
        <>
          {nextAction ? ' · due ' : ' '}
          {formatTimeSafely(nextActionDue, formatDay)}
          {state === 'overdue' && <span className="due-flag due-overdue">Overdue</span>}
          {state === 'today' && <span className="due-flag due-today">Today</span>}
        </>
      )}
    </>
  );
}

export function ApplicationFacts({ application }: { application: Application }) {
  const now = useMinute();
  const { appliedAt, channel, contact, nextAction, nextActionDue, priority } = application;
  const hasNext = nextAction !== '' || nextActionDue !== undefined;
  const pay = formatCompensation(application.compensation);
  const empty =
    appliedAt === undefined && !channel && !contact && !hasNext && priority === undefined && !pay;

  if (empty) {
    return (
      <p className="application-facts muted">
        No details yet: open Details to add the applied date, contact and next action.
      </p>
    );
  }
  return (
    <dl className="application-facts">
      {appliedAt !== undefined && (
        <Fact term="Applied">{formatTimeSafely(appliedAt, formatDay)}</Fact>
      )}
      {channel && <Fact term="Via">{channel}</Fact>}
      {contact && <Fact term="Contact">{contact}</Fact>}
      {hasNext && (
        <Fact term="Next">
          <NextAction application={application} now={now} />
        </Fact>
      )}
      {priority !== undefined && <Fact term="Priority">{`${priority}/5`}</Fact>}
      {pay && <Fact term="Pay">{pay}</Fact>}
    </dl>
  );
}
