/**
 * One line of the Agenda, with what can be done from it: a next action is marked done,
 * snoozed or rewritten in place; an interview shows how ready the applicant is and
 * opens its brief.
 */
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { formatProgress, type ChecklistProgress } from '../../../../shared/domain/progress';
import {
  INVALID_DATE,
  formatTimeSafely,
  usableDuration,
} from '../../../../shared/domain/safe-format';
import { ReadOnlyScope } from '../../components/ReadOnlyScope';
import { roleHref } from '../../services/routes';
import { BriefDialog } from './BriefDialog';
import { NextActionEditor } from './NextActionEditor';
import { SnoozeMenu } from './SnoozeMenu';
import type { NextActionCommands } from './use-next-action-commands';

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

function Readiness({ progress }: { progress: ChecklistProgress }) {
  const { done, total } = progress.required;
  const ready = total > 0 && done === total;
  return (
    <span
      className={ready ? 'agenda-ready ready' : 'agenda-ready'}
      title={`Checklist: ${formatProgress(progress)}`}
    >
      {total === 0 ? 'No checklist' : `Ready ${String(done)}/${String(total)}`}
    </span>
  );
}

interface AgendaRowProps {
  item: AgendaItem;
  now: number;
  commands: NextActionCommands;
}

export function AgendaRow({ item, now, commands }: AgendaRowProps) {
  const [editing, setEditing] = useState(false);
  const [briefOpen, setBriefOpen] = useState(false);
  const kindLabel = item.kind === 'interview' ? 'Interview' : 'Next action';

  if (editing) {
    return (
      <li className="agenda-item editing">
        <NextActionEditor
          item={item}
          onSave={(text, due) => commands.edit(item.id, text, due)}
          onClose={() => {
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className={item.overdue ? 'agenda-item overdue' : 'agenda-item'}>
      <span className="agenda-when">{when(item)}</span>
      <span className={`agenda-kind agenda-kind-${item.kind}`}>{kindLabel}</span>
      <a className="agenda-title" href={roleHref(item.roleId)}>
        <span>{item.title}</span>
        <span className="agenda-role">{item.roleTitle}</span>
      </a>
      <div className="agenda-actions">
        {item.overdue && (
          <span className="agenda-flag">
            {item.kind === 'interview' ? 'Needs an outcome' : 'Overdue'}
          </span>
        )}
        {item.kind === 'interview' ? (
          <>
            {item.readiness && <Readiness progress={item.readiness} />}
            <button
              type="button"
              className="button"
              aria-label={`Open the brief for ${item.title}, ${item.roleTitle}`}
              onClick={() => {
                setBriefOpen(true);
              }}
            >
              Brief
            </button>
            {briefOpen && (
              <BriefDialog
                roleId={item.roleId}
                stageId={item.id}
                title={`${item.title} — ${item.roleTitle}`}
                onClose={() => {
                  setBriefOpen(false);
                }}
              />
            )}
          </>
        ) : (
          // Changing the action needs storage; in read-only mode these stay visible but off.
          <ReadOnlyScope>
            <button
              type="button"
              className="button"
              aria-label={`Mark “${item.title}” done`}
              onClick={() => void commands.done(item.id, item.title)}
            >
              Done
            </button>
            <SnoozeMenu
              title={item.title}
              now={now}
              onSnooze={(due) => commands.snooze(item.id, due)}
            />
            <button
              type="button"
              className="button"
              aria-label={`Edit “${item.title}”`}
              onClick={() => {
                setEditing(true);
              }}
            >
              Edit
            </button>
          </ReadOnlyScope>
        )}
      </div>
    </li>
  );
}
