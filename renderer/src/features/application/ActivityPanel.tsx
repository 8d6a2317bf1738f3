/**
 * The role's activity log as a timeline: newest first, grouped by day, each entry with
 * its time, type and summary. Summaries can quote user text (a requirement), so they
 * are only ever rendered as React text.
 */
import { useId, useState } from 'react';
import { activityTypeDisplay } from '../../../../shared/domain/application-rules';
import { formatDayHeading, formatTime, groupByDay } from '../../../../shared/domain/dates';
import type { Activity } from '../../../../shared/domain/model';
import { isoOrUndefined } from '../../../../shared/domain/safe-format';
import { useActivities } from './use-application';
import { useMinute } from '../../db/use-minute';

/** Entries shown at first; a long search can log hundreds of ticks on one role. */
const PAGE = 100;

export function ActivityPanel({ roleId }: { roleId: string }) {
  const activities = useActivities(roleId);
  const [limit, setLimit] = useState(PAGE);
  const now = useMinute();

  if (activities === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (activities.length === 0) {
    return (
      <div className="empty-state compact">
        <h2>No activity yet</h2>
        <p>Status changes, interview results and checklist ticks appear here as you make them.</p>
      </div>
    );
  }

  const shown = activities.slice(0, limit);
  const hidden = activities.length - shown.length;

  return (
    <div className="activity">
      {groupByDay(shown, (activity) => activity.at).map((group) => (
        <ActivityDay
          key={group.key}
          heading={formatDayHeading(group.at, now)}
          items={group.items}
        />
      ))}
      {hidden > 0 && (
        <button
          type="button"
          className="button activity-more"
          onClick={() => {
            setLimit((current) => current + PAGE);
          }}
        >
          Show older activity ({hidden} more)
        </button>
      )}
    </div>
  );
}

function ActivityDay({ heading, items }: { heading: string; items: Activity[] }) {
  const headingId = useId();
  return (
    <section className="activity-day" aria-labelledby={headingId}>
      <h2 id={headingId} className="activity-day-heading">
        {heading}
      </h2>
      <ol className="activity-list">
        {items.map((activity) => {
          const { label, icon } = activityTypeDisplay(activity.type);
          return (
            <li key={activity.id} className={`activity-item activity-${activity.type}`}>
              <time className="activity-time" dateTime={isoOrUndefined(activity.at)}>
                {formatTime(activity.at)}
              </time>
              <span className="activity-icon" aria-hidden="true">
                {icon}
              </span>
              <span className="activity-type">{label}</span>
              <span className="activity-summary">{activity.summary}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
