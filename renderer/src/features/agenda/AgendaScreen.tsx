/** Agenda: upcoming interviews and due next actions across all roles, by day. */
import { useLiveQuery } from 'dexie-react-hooks';
import { groupAgenda } from '../../../../shared/domain/agenda';
import { listAgenda } from '../../db/agenda-repo';
import { useDb } from '../../db/db-context';
import { ROLES_HREF } from '../../services/routes';
import { useMinute } from '../../db/use-minute';
import { AgendaCalendarButton } from '../export/AgendaCalendarButton';
import { ReminderSettings } from '../reminders/ReminderSettings';
import { AgendaRow } from './AgendaRow';
import { useNextActionCommands } from './use-next-action-commands';

export function AgendaScreen() {
  const db = useDb();
  const now = useMinute();
  const items = useLiveQuery(() => listAgenda(db, now), [db, now]);
  const commands = useNextActionCommands();

  if (items === undefined) return <div className="screen-loading" aria-busy="true" />;
  const days = groupAgenda(items, now);

  return (
    <section className="screen agenda" aria-labelledby="agenda-heading">
      <header className="screen-header">
        <div>
          <h1 id="agenda-heading">Agenda</h1>
          <p className="screen-subtitle">
            Upcoming interviews and next actions across your roles: mark them done, snooze or edit
            them here
          </p>
        </div>
        {days.length > 0 && <AgendaCalendarButton />}
      </header>
      <ReminderSettings />
      {days.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing coming up</h2>
          <p>
            Interviews you schedule on a role’s Interviews tab, and next actions with a due date,
            appear here.
          </p>
          <a className="button button-primary" href={ROLES_HREF}>
            Go to Roles
          </a>
        </div>
      ) : (
        days.map((day) => (
          <section
            key={day.key}
            className={day.key === 'overdue' ? 'agenda-day overdue' : 'agenda-day'}
            aria-labelledby={`agenda-day-${day.key}`}
          >
            <h2 id={`agenda-day-${day.key}`}>{day.label}</h2>
            <ul className="agenda-list">
              {day.items.map((item) => (
                <AgendaRow
                  key={`${item.kind}-${item.id}`}
                  item={item}
                  now={now}
                  commands={commands}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
