/**
 * The app's reminders: runs the scheduler for as long as the app is open and, once
 * after a start, lists the reminders whose time passed while it was closed.
 */
import { useId } from 'react';
import { missedLine } from '../../../../shared/domain/reminder-text';
import { roleHref } from '../../services/routes';
import { useReminderScheduler } from './use-reminder-scheduler';

export function Reminders() {
  const { missed, dismissMissed } = useReminderScheduler();
  const titleId = useId();
  if (missed.length === 0) return null;
  return (
    <section className="missed-reminders" aria-labelledby={titleId}>
      <div role="status">
        <h2 id={titleId} className="missed-reminders-title">
          {missed.length === 1
            ? 'A reminder came due while Shortlist was closed'
            : `${String(missed.length)} reminders came due while Shortlist was closed`}
        </h2>
        <ul className="missed-reminders-list">
          {missed.map((reminder) => (
            <li key={reminder.key}>
              <a href={roleHref(reminder.roleId)}>{missedLine(reminder)}</a>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={dismissMissed}>
        Dismiss
      </button>
    </section>
  );
}
