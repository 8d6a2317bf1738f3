/**
 * When a round happens: date and time as arranged, in the zone they were arranged in,
 * with its duration; the line below says what that is in the user's own time.
 */
import { useId, useMemo, useState } from 'react';
import type { InterviewStage } from '../../../../shared/domain/model';
import {
  epochToZoned,
  formatStageWhen,
  listTimeZones,
  localTimeZone,
  parseWallTime,
  toDateInput,
  toTimeInput,
  usableTimeZone,
  zoneLabel,
  zonedToEpoch,
} from '../../../../shared/domain/stage-time';
import { isShowableTime, usableDuration } from '../../../../shared/domain/safe-format';
import type { StagePatch } from '../../db/stages-repo';
import { SavedSelect } from './SavedSelect';

const DURATIONS = [15, 20, 30, 45, 60, 75, 90, 120, 180, 240, 480];

function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

interface Inputs {
  date: string;
  time: string;
}

function storedInputs(stage: InterviewStage, zone: string): Inputs {
  // A stored time no date can show leaves the inputs empty: typing a date fixes it.
  if (!isShowableTime(stage.scheduledAt)) return { date: '', time: '' };
  const wall = epochToZoned(stage.scheduledAt, zone);
  return { date: toDateInput(wall), time: toTimeInput(wall) };
}

interface StageScheduleProps {
  stage: InterviewStage;
  onChange: (patch: StagePatch) => Promise<boolean>;
}

export function StageSchedule({ stage, onChange }: StageScheduleProps) {
  const id = useId();
  const localZone = useMemo(() => localTimeZone(), []);
  // An unknown stored zone (from an old backup) reads as the user's own until they pick one.
  const storedZone = usableTimeZone(stage.timezone) ?? localZone;
  // A zone just chosen is written asynchronously and the live query catches up later:
  // until it does, the chosen zone (not the stored one) is the zone of any time typed,
  // or a time entered straight after changing the zone would be read in the old one.
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  if (chosenZone !== null && chosenZone === stage.timezone) setChosenZone(null);
  const zone = chosenZone ?? storedZone;
  const zoneOptions = useMemo(
    () =>
      listTimeZones([localZone, zone]).map((name) => ({
        value: name,
        label: `${zoneLabel(name)}${name === localZone ? ' (yours)' : ''}`,
      })),
    [localZone, zone],
  );
  // Keyed on what is stored (not on a zone still being saved), so a pending zone never
  // rewrites the inputs with the old instant shown in the new zone.
  const storedKey = `${stage.scheduledAt ?? ''}|${storedZone}`;
  const [inputs, setInputs] = useState(() => storedInputs(stage, storedZone));
  const [base, setBase] = useState(storedKey);
  // The stored time changed (saved here or elsewhere): show it, unless the inputs
  // already say the same or are a time still being typed (a zone saved a moment ago
  // must not wipe the date just entered).
  if (storedKey !== base) {
    setBase(storedKey);
    const wall = parseWallTime(inputs.date, inputs.time);
    const agrees =
      stage.scheduledAt === undefined
        ? wall === null
        : wall !== null && zonedToEpoch(wall, storedZone) === stage.scheduledAt;
    if (!agrees) setInputs(storedInputs(stage, storedZone));
  }

  function changeInputs(next: Inputs) {
    setInputs(next);
    if (next.date === '' && next.time === '') {
      if (stage.scheduledAt !== undefined) void onChange({ scheduledAt: null });
      return;
    }
    const wall = parseWallTime(next.date, next.time);
    if (!wall) return;
    const scheduledAt = zonedToEpoch(wall, zone);
    if (scheduledAt !== stage.scheduledAt || stage.timezone !== zone) {
      void onChange({ scheduledAt, timezone: zone });
    }
  }

  function changeZone(nextZone: string): Promise<boolean> {
    // The time was arranged in the zone: keep the clock time, move the instant.
    const wall = parseWallTime(inputs.date, inputs.time);
    setChosenZone(nextZone);
    return onChange(
      wall
        ? { timezone: nextZone, scheduledAt: zonedToEpoch(wall, nextZone) }
        : { timezone: nextZone },
    ).then((saved) => {
      // A failed write leaves the stored zone in force: show and use it again.
      if (!saved) setChosenZone((current) => (current === nextZone ? null : current));
      return saved;
    });
  }

  const incomplete =
    (inputs.date !== '' || inputs.time !== '') && !parseWallTime(inputs.date, inputs.time);
  const duration = usableDuration(stage.durationMinutes);
  const durations =
    duration !== undefined && !DURATIONS.includes(duration) ? [...DURATIONS, duration] : DURATIONS;
  const durationOptions = [
    { value: '', label: 'Not set' },
    ...durations.map((minutes) => ({ value: String(minutes), label: durationLabel(minutes) })),
  ];

  return (
    <fieldset className="stage-schedule">
      <legend>When</legend>
      <div className="stage-schedule-row">
        <div className="stage-field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            className="stage-input"
            value={inputs.date}
            onChange={(event) => {
              changeInputs({ ...inputs, date: event.target.value });
            }}
          />
        </div>
        <div className="stage-field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            className="stage-input"
            value={inputs.time}
            onChange={(event) => {
              changeInputs({ ...inputs, time: event.target.value });
            }}
          />
        </div>
        <SavedSelect
          label="Duration"
          value={duration === undefined ? '' : String(duration)}
          options={durationOptions}
          onSave={(value) => onChange({ durationMinutes: value === '' ? null : Number(value) })}
        />
        <SavedSelect
          label="Time zone"
          className="stage-field-zone"
          value={zone}
          options={zoneOptions}
          onSave={changeZone}
        />
        {stage.scheduledAt !== undefined && (
          <button
            type="button"
            className="button button-quiet stage-clear"
            onClick={() => {
              void onChange({ scheduledAt: null });
            }}
          >
            Clear time
          </button>
        )}
      </div>
      <p className="stage-when-preview" aria-live="polite">
        {incomplete
          ? 'Enter both a date and a time.'
          : stage.scheduledAt === undefined
            ? 'Not scheduled yet. Enter the time as arranged, in the zone it was arranged in.'
            : formatStageWhen(stage.scheduledAt, stage.durationMinutes, stage.timezone, localZone)}
      </p>
    </fieldset>
  );
}
