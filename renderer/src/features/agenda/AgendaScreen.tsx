/** Agenda: upcoming interviews and due next actions across all roles, by day. */
import { useLiveQuery } from 'dexie-react-hooks';
import { groupAgenda, type AgendaItem } from '../../../../shared/domain/agenda';
import {
  INVALID_DATE,
  formatTimeSafely,
  usableDuration,
} from '../../../../shared/domain/safe-format';
import { listAgenda } from '../../db/agenda-repo';
import { useDb } from '../../db/db-context';
import { roleHref, ROLES_HREF } from '../../services/routes';
import { useMinute } from '../../db/use-minute';
import { AgendaCalendarButton } from '../export/AgendaCalendarButton';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

const day = (at: number) => formatTimeSafely(at, (ms) => dateFormat.format(ms));
const clock = (at: number) => formatTimeSafely(at, (ms) => timeFormat.format(ms));

function when(item: AgendaItem): string {
  if (item.kind === 'next-action') {
    return item.overdue ? `Was due ${day(item.at)}` : 'Due';
  }
  const start = clock(item.at);
  const minutes = usableDuration(item.durationMinutes);
  const end = minutes === undefined ? undefined : clock(item.at + minutes * 60_000);
  const range = end === undefined || end === INVALID_DATE ? start : `${start}–${end}`;
  return item.overdue ? `${day(item.at)}, ${range}` : range;
}

function AgendaRow({ item }: { item: AgendaItem }) {
  const kindLabel = item.kind === 'interview' ? 'Interview' : 'Next action';
  return (
    <li className={item.overdue ? 'agenda-item overdue' : 'agenda-item'}>
      <span className="agenda-when">{when(item)}</span>
      <span className={`agenda-kind agenda-kind-${item.kind}`}>{kindLabel}</span>
      <a className="agenda-title" href={roleHref(item.roleId)}>
        <span>{item.title}</span>
        <span className="agenda-role">{item.roleTitle}</span>
      </a>
      {item.overdue && (
        <span className="agenda-flag">
          {item.kind === 'interview' ? 'Needs an outcome' : 'Overdue'}
        </span>
      )}
    </li>
  );
}

export function AgendaScreen() {
  const db = useDb();
  const now = useMinute();
  const items = useLiveQuery(() => listAgenda(db, now), [db, now]);

  if (items === undefined) return <div className="screen-loading" aria-busy="true" />;
  const days = groupAgenda(items, now);

  return (
    <section className="screen agenda" aria-labelledby="agenda-heading">
      <header className="screen-header">
        <div>
          <h1 id="agenda-heading">Agenda</h1>
          <p className="screen-subtitle">Upcoming interviews and next actions across your roles</p>
        </div>
        {days.length > 0 && <AgendaCalendarButton />}
      </header>
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
                <AgendaRow key={`${item.kind}-${item.id}`} item={item} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
