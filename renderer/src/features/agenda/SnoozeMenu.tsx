/**
 * "Snooze ▾": moves a next action to tomorrow, next week or a chosen day. A disclosure
 * (not a modal): Escape or a choice closes it and puts focus back on its button.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { parseDateInput, toDateInputValue } from '../../../../shared/domain/dates';
import { snoozeTargets } from '../../../../shared/domain/agenda';

interface SnoozeMenuProps {
  title: string;
  now: number;
  onSnooze: (due: number) => Promise<boolean>;
}

export function SnoozeMenu({ title, now, onSnooze }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const { tomorrow, nextWeek } = snoozeTargets(now);
  const [day, setDay] = useState(() => toDateInputValue(nextWeek));
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const dateId = useId();
  const picked = parseDateInput(day);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  async function choose(due: number) {
    if (await onSnooze(due)) close();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  }

  return (
    <div className="snooze" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Snooze “${title}”`}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Snooze ▾
      </button>
      {open && (
        <div id={panelId} className="snooze-panel" role="group" aria-label="Snooze until">
          <button type="button" className="button" autoFocus onClick={() => void choose(tomorrow)}>
            Tomorrow
          </button>
          <button type="button" className="button" onClick={() => void choose(nextWeek)}>
            Next week
          </button>
          <form
            className="snooze-date"
            onSubmit={(event) => {
              event.preventDefault();
              if (picked !== undefined) void choose(picked);
            }}
          >
            <label htmlFor={dateId}>Until</label>
            <input
              id={dateId}
              type="date"
              value={day}
              min={toDateInputValue(now)}
              onChange={(event) => {
                setDay(event.target.value);
              }}
            />
            <button type="submit" className="button" disabled={picked === undefined}>
              Snooze
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
